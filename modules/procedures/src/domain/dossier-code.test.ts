import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { DOSSIER_CODE_PATTERN } from '../contract/domain.js';
import { agencies, type AgencyRow } from '../db/schema.js';
import { AGENCY, OTHER_AGENCY, startDossiersApi } from '../api/dossiers/test-fixtures.js';
import { nextDossierCode } from './dossier-code.js';

let api: ModuleApiHarness;
let city: AgencyRow;
let ward: AgencyRow;
beforeAll(async () => {
  api = await startDossiersApi();
  const byId = async (id: string) => (await api.context.db.select().from(agencies).where(eq(agencies.id, id)))[0]!;
  city = await byId(AGENCY);
  ward = await byId(OTHER_AGENCY);
});
afterAll(() => api.close());

const next = (agency: AgencyRow, at: string) => api.context.db.transaction((tx) => nextDossierCode(tx, agency, new Date(at)));

describe('nextDossierCode', () => {
  it('counts per agency and per Vietnamese calendar day', async () => {
    expect(await next(city, '2025-11-30T01:00:00Z')).toBe('H40.25-251130-0001');
    expect(await next(city, '2025-11-30T10:00:00Z')).toBe('H40.25-251130-0002');
    expect(await next(ward, '2025-11-30T10:00:00Z')).toBe('H40.25.01-251130-0001');
    // 17:30 UTC on the 30th is already 00:30 on 1 December in Vietnam.
    expect(await next(city, '2025-11-30T17:30:00Z')).toBe('H40.25-251201-0001');
  });

  it('never hands out the same number twice to submissions at the same time', async () => {
    const codes = await Promise.all(Array.from({ length: 6 }, () => next(city, '2025-12-02T03:00:00Z')));
    expect(new Set(codes).size).toBe(6);
    expect(codes.map((code) => code.slice(-4)).sort()).toEqual(['0001', '0002', '0003', '0004', '0005', '0006']);
  });

  it('gives back the number of a transaction that rolled back', async () => {
    await expect(
      api.context.db.transaction(async (tx) => {
        await nextDossierCode(tx, city, new Date('2025-12-05T03:00:00Z'));
        throw new Error('submission failed');
      }),
    ).rejects.toThrow('submission failed');
    const code = await next(city, '2025-12-05T03:00:00Z');
    expect(code).toBe('H40.25-251205-0001');
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
  });
});
