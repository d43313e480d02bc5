import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrateSchema } from '../db/migrate.js';
import { idempotencyKeys, parcels } from '../events/fixtures/schema.js';
import { ProblemError } from '../problem.js';
import { openTestDatabase } from '../testing/test-database.js';
import { once, requestHash } from './once.js';

const fixture = { schema: 'parcels', migrationsFolder: fileURLToPath(new URL('../events/fixtures/migrations', import.meta.url)) };

describe('once (Idempotency-Key)', () => {
  let database: Database;
  const create = (label: string, key: string, callerSub = 'citizen-1') =>
    database.db.transaction((tx) =>
      once(tx, idempotencyKeys, { callerSub, key, hash: requestHash({ label }) }, async () => {
        const [row] = await tx.insert(parcels).values({ label }).returning();
        return { status: 201, body: row };
      }),
    );

  beforeAll(async () => {
    database = await openTestDatabase();
    await migrateSchema(database, fixture);
  });
  afterAll(() => database?.close());

  it('hashes bodies independently of key order', () => {
    expect(requestHash({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(requestHash({ b: [{ d: 3, c: 2 }], a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });

  it('replays the first answer for a retry and creates once', async () => {
    const first = await create('Hộp A', 'key-0001');
    const retry = await create('Hộp A', 'key-0001');
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await database.db.select().from(parcels)).toHaveLength(1);
  });

  it('answers 422 for the same key with another body, and keys are per caller', async () => {
    const reused = await create('Hộp B', 'key-0001').catch((error: unknown) => error);
    expect(reused).toBeInstanceOf(ProblemError);
    expect((reused as ProblemError).problem).toMatchObject({ status: 422, type: '/problems/idempotency-key-reused' });
    const otherCaller = await create('Hộp B', 'key-0001', 'citizen-2');
    expect(otherCaller.replayed).toBe(false);
  });

  it('frees the key when the work fails', async () => {
    const failed = database.db.transaction((tx) =>
      once(tx, idempotencyKeys, { callerSub: 'citizen-3', key: 'key-0002', hash: 'h' }, async () => {
        throw new Error('boom');
      }),
    );
    await expect(failed).rejects.toThrow('boom');
    const rows = await database.db.select().from(idempotencyKeys);
    expect(rows.find((row) => row.callerSub === 'citizen-3')).toBeUndefined();
  });
});
