import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT, openTestGateway } from './test-support/test-gateway.js';

describe('health endpoints', () => {
  let harness: Awaited<ReturnType<typeof openTestGateway>>;
  beforeAll(async () => {
    harness = await openTestGateway();
  }, START_TIMEOUT);
  afterAll(() => harness?.close());

  it('answers /healthz while the process is up', async () => {
    const res = await harness.gateway.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database answers and every schema is migrated', async () => {
    const res = await harness.gateway.app.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers /readyz with a 503 problem naming the schema whose migrations are missing', async () => {
    const { db } = harness.gateway.database;
    await db.execute(sql`alter table drizzle.notes_migrations rename to notes_migrations_away`);
    try {
      const res = await harness.gateway.app.request('/readyz');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await res.json()) as { detail: string };
      expect(problem.detail).toContain('notes');
      expect(problem.detail).not.toContain('platform');
    } finally {
      await db.execute(sql`alter table drizzle.notes_migrations_away rename to notes_migrations`);
    }
  });
});
