import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stats } from '../../contract/schemas.js';
import { startPublicWorld, type PublicWorld } from './test-fixtures.js';

let world: PublicWorld;
beforeAll(async () => {
  world = await startPublicWorld();
}, 120_000);
afterAll(async () => {
  await world?.api.close();
});

interface Problem {
  errors?: Record<string, string[]>;
}

const get = (path: string) => world.api.request(`/api/procedures${path}`);

describe('GET /stats', () => {
  it('counts every agency’s dossiers of the period for anyone, cacheable', async () => {
    const res = await get('/stats?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const stats = (await res.json()) as Stats;
    expect(stats.from).toBe('2026-11-01');
    expect(stats.to).toBe('2026-11-30');
    expect(stats.agencies).toHaveLength(1);
    // Received in November: issued, processing, withdrawn (the approved one came in October; drafts never count).
    // Finished: the result issued on the 30th for an appointment on the 28th, late.
    const expected = { received: 3, inProcess: 2, early: 0, onTime: 0, late: 1, onTimePercent: 0, overdueInProcess: 1 };
    expect(stats.agencies[0]).toEqual({
      agency: { id: 'bp-mot-cua-tp-dbp', name: { vi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', en: 'Điện Biên Phủ City People’s Committee — One-stop desk' }, level: 'district' },
      ...expected,
    });
    expect(stats.total).toEqual(expected);
  });

  it('takes the last 365 days without a period, and counts by the Vietnamese calendar day', async () => {
    const res = await get('/stats');
    expect(res.status).toBe(200);
    const stats = (await res.json()) as Stats;
    expect(stats.to >= '2026-11-30').toBe(true);
    const october = (await (await get('/stats?from=2026-10-01&to=2026-10-31')).json()) as Stats;
    expect(october.total.received).toBe(1);
  });

  it('refuses a malformed day, a day not on the calendar and a period that ends before it starts', async () => {
    for (const [query, field] of [
      ['from=2026-11', 'from'],
      ['from=2026-02-30', 'from'],
      ['from=2026-11-30&to=2026-11-01', 'to'],
    ] as const) {
      const res = await get(`/stats?${query}`);
      expect(res.status, query).toBe(400);
      expect(Object.keys(((await res.json()) as Problem).errors ?? {}), query).toContain(field);
    }
  });
});
