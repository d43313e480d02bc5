import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupResult } from '../../contract/schemas.js';
import { rateLimits } from '../../db/schema.js';
import { LOOKUPS_PER_MINUTE } from './lookup-route.js';
import { PostgresRateLimiter } from './rate-limit.js';
import { BUSINESS, CITIZEN, CODES, startPublicWorld, type PublicWorld } from './test-fixtures.js';

let world: PublicWorld;
beforeAll(async () => {
  world = await startPublicWorld();
}, 120_000);
afterAll(async () => {
  await world?.api.close();
});

interface Problem {
  type: string;
  title: string;
  detail: string;
  errors?: Record<string, string[]>;
}

let clientNumber = 0;
/** Each test asks from its own address, so the per-client limit of one test does not reach the next. */
const newClient = () => `203.0.113.${(clientNumber += 1)}`;

async function lookup(query: string, client = newClient(), headers: Record<string, string> = {}) {
  const res = await world.api.request(`/api/procedures/lookup?${query}`, { headers: { 'x-forwarded-for': client, ...headers } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('GET /lookup', () => {
  it('answers the status and dates of a business dossier for the last 4 digits of its tax code, and nothing personal', async () => {
    const res = await lookup(`code=${CODES.issued}&last4=3456`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = JSON.parse(res.text) as LookupResult;
    expect(body).toEqual({
      code: CODES.issued,
      status: 'result_issued',
      procedure: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Business household registration' },
      agency: { vi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', en: 'Điện Biên Phủ City People’s Committee — One-stop desk' },
      submittedAt: '2026-11-25T02:00:00.000Z',
      appointmentAt: '2026-11-28T10:00:00.000Z',
      resultIssuedAt: '2026-11-30T03:15:00.000Z',
    });
    for (const secret of [BUSINESS.name, BUSINESS.taxCode, BUSINESS.orgName, 'Quán phở Hoa Ban', 'applicant']) expect(res.text).not.toContain(secret);
  });

  it('finds a citizen’s dossier by the last 4 digits of the national id, whatever the case and spaces of the code', async () => {
    const res = await lookup(`code=${encodeURIComponent(` ${CODES.processing.toLowerCase()} `)}&last4=0002`);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as LookupResult;
    expect(body).toMatchObject({ code: CODES.processing, status: 'processing', resultIssuedAt: null });
    expect(res.text).not.toContain(CITIZEN.name);
    expect(res.text).not.toContain(CITIZEN.nationalId);
    expect((JSON.parse((await lookup(`code=${CODES.withdrawn}&last4=0002`)).text) as LookupResult).status).toBe('withdrawn');
  });

  it('answers the same 404 for wrong digits, an unknown code and a draft', async () => {
    const answers = await Promise.all([
      lookup(`code=${CODES.issued}&last4=0000`),
      lookup(`code=${CODES.issued}&last4=0002`), // the digits of someone else
      lookup('code=H40.25-261130-9999&last4=3456'),
      lookup(`code=${CODES.draft}&last4=0002`),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
    }
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    const problem = JSON.parse(answers[0]!.text) as Problem;
    expect(problem.type).toBe('/problems/not-found');
    expect(problem.detail).toContain('4 số cuối');
    const english = await lookup(`code=${CODES.issued}&last4=0000`, newClient(), { 'accept-language': 'en' });
    expect((JSON.parse(english.text) as Problem).title).toBe('Dossier not found');
  });

  it('refuses malformed digits and a missing code with 400 and field errors', async () => {
    const res = await lookup('last4=12a4');
    expect(res.status).toBe(400);
    const problem = JSON.parse(res.text) as Problem;
    expect(Object.keys(problem.errors ?? {})).toEqual(expect.arrayContaining(['code', 'last4']));
    expect((await lookup(`code=${CODES.issued}&last4=123456`)).status).toBe(400);
  });

  it(`limits a client to ${LOOKUPS_PER_MINUTE} lookups a minute with 429 and Retry-After, other clients unaffected`, async () => {
    const guesser = newClient();
    for (let attempt = 0; attempt < LOOKUPS_PER_MINUTE; attempt += 1) {
      const guess = String(attempt).padStart(4, '0');
      expect((await lookup(`code=${CODES.issued}&last4=${guess}`, guesser)).status).toBe(404);
    }
    // Even the right digits are refused now: guessing cannot go on.
    const refused = await lookup(`code=${CODES.issued}&last4=3456`, guesser);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const problem = JSON.parse(refused.text) as Problem;
    expect(problem.type).toBe('/problems/rate-limited');
    expect(problem.detail).toContain(`${LOOKUPS_PER_MINUTE} lần mỗi phút`);
    expect((await lookup(`code=${CODES.issued}&last4=3456`)).status).toBe(200);
  });
});

describe('PostgresRateLimiter', () => {
  const minute = 60_000;
  const keysOf = async (scope: string) =>
    (await world.api.context.db.select().from(rateLimits).where(like(rateLimits.key, `${scope}:%`))).map((row) => [row.key, row.count]);

  it('shares one count between API processes (two limiters on one database) and starts afresh each window', async () => {
    let now = 30_000_000 * minute + 10_000; // 10 s into a minute
    const [first, second] = [0, 1].map(() => new PostgresRateLimiter(world.api.context.db, 'two-processes', 3, minute, () => now));
    expect(await first!.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await second!.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await first!.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await second!.take('203.0.113.200')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(await first!.take('203.0.113.201')).toEqual({ allowed: true });

    now += 50_000;
    expect(await second!.take('203.0.113.200')).toEqual({ allowed: true });
    // The past window's rows are gone: the table holds only what the current window counts.
    expect(await keysOf('two-processes')).toEqual([['two-processes:203.0.113.200', 1]]);
  });

  it('lets exactly the limit through when requests race on both processes', async () => {
    const now = () => 30_000_000 * minute; // one window for all 40, whatever the wall clock
    const limiters = [0, 1].map(() => new PostgresRateLimiter(world.api.context.db, 'race', LOOKUPS_PER_MINUTE, minute, now));
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, index) => limiters[index % 2]!.take('198.51.100.9')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(LOOKUPS_PER_MINUTE);
  });
});
