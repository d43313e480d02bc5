import { demoAccountSub } from '@portal/module-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { tokenFor } from '../test-support/tokens.js';

const DESK = 'bp-mot-cua-tp-dbp';
const PEOPLE = { desk: '001090000015', citizen: '001090000001', qldtOfficer: '001090000012', qldtLead: '001090000014', admin: '001090000099' } as const;

describe('officer directory API', () => {
  let harness: IdentityTestGateway;
  const tokens = new Map<keyof typeof PEOPLE, string>();

  const officers = (unit: string | null, as?: keyof typeof PEOPLE) =>
    fetch(`${harness.gateway.url}/api/directory/officers${unit === null ? '' : `?unit=${encodeURIComponent(unit)}`}`, {
      headers: as ? { authorization: `Bearer ${tokens.get(as)}` } : {},
    });

  beforeAll(async () => {
    harness = await startIdentityGateway();
    for (const [who, nationalId] of Object.entries(PEOPLE)) tokens.set(who as keyof typeof PEOPLE, (await tokenFor(harness.gateway.url, nationalId)).accessToken);
  }, START_TIMEOUT * 2);
  afterAll(() => harness?.close());

  it('lists a desk officer’s colleagues as real accounts, in Vietnamese name order, cacheable only by the caller', async () => {
    const res = await officers(DESK, 'desk');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=60');
    // Điêu before Đinh: ê comes before n in Vietnamese, though not in code-point order
    expect(await res.json()).toEqual([
      { sub: demoAccountSub('001090000015'), name: 'Điêu Thị Phương', roles: ['officer'] },
      { sub: demoAccountSub('001090000016'), name: 'Đinh Văn Quý', roles: ['officer'] },
    ]);
  });

  it('lists officers and unit leads, never citizens or contact details', async () => {
    const res = await officers('phong-qldt-tp-dbp', 'qldtLead');
    const body = (await res.json()) as Array<Record<string, unknown>>;
    expect(body.map((officer) => [officer.name, officer.roles])).toEqual([
      ['Trần Thị Ngọc', ['officer', 'unit_lead']],
      ['Vì Thị Lan', ['officer']],
    ]);
    for (const officer of body) expect(Object.keys(officer).sort()).toEqual(['name', 'roles', 'sub']);
  });

  it('lets an admin ask about any unit; an unknown unit has nobody', async () => {
    expect(((await (await officers(DESK, 'admin')).json()) as unknown[]).length).toBe(2);
    const unknown = await officers('no-such-unit', 'admin');
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual([]);
  });

  it('refuses other units’ officers and non-staff with 403, anonymous visitors with 401, a missing unit with 400', async () => {
    for (const [who, status] of [['qldtOfficer', 403], ['citizen', 403], [undefined, 401]] as const) {
      const res = await officers(DESK, who);
      expect(res.status, String(who)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const missing = await officers(null, 'admin');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: Record<string, string[]> }).errors.unit).toBeDefined();
  });

  it('is listed in the OpenAPI document', async () => {
    const document = (await (await fetch(`${harness.gateway.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(document.paths['/api/directory/officers']).toHaveProperty('get');
  });
});
