import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrateSchema } from '../db/migrate.js';
import { openTestDatabase } from '../testing/test-database.js';
import { outbox, parcels } from './fixtures/schema.js';
import { publishEvent } from './publish.js';

const fixture = { schema: 'parcels', migrationsFolder: fileURLToPath(new URL('./fixtures/migrations', import.meta.url)) };

describe('publishEvent', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
    await migrateSchema(database, fixture);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    await database.db.delete(outbox);
    await database.db.delete(parcels);
  });

  it('writes one row, with the change, when the transaction commits', async () => {
    const id = await database.db.transaction(async (tx) => {
      await tx.insert(parcels).values({ label: 'Bưu kiện 1' });
      return publishEvent(tx, outbox, {
        type: 'parcels.created',
        subject: 'P-1',
        data: { label: 'Bưu kiện 1', at: new Date('2026-11-30T01:02:03Z') },
        notify: [{ recipientSub: 'user-1', title: { vi: 'Đã tạo bưu kiện', en: 'Parcel created' }, link: '/m/parcels/P-1' }],
      });
    });
    const rows = await database.db.select().from(outbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      type: 'parcels.created',
      subject: 'P-1',
      // stored as JSON: the Date became its ISO string
      data: { label: 'Bưu kiện 1', at: '2026-11-30T01:02:03.000Z' },
      notify: [{ recipientSub: 'user-1', title: { vi: 'Đã tạo bưu kiện', en: 'Parcel created' }, link: '/m/parcels/P-1' }],
      deliveredAt: null,
      attempts: 0,
      lastError: null,
    });
    expect(await database.db.select().from(parcels)).toHaveLength(1);
  });

  it('leaves no event behind when the transaction rolls back', async () => {
    const failure = new Error('the change failed after publishing');
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(parcels).values({ label: 'Bưu kiện 2' });
        await publishEvent(tx, outbox, { type: 'parcels.created', data: {} });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await database.db.select().from(outbox)).toEqual([]);
    expect(await database.db.select().from(parcels)).toEqual([]);
  });

  it('keeps the publishing order of several events in one transaction', async () => {
    await database.db.transaction(async (tx) => {
      for (const step of ['a', 'b', 'c', 'd']) await publishEvent(tx, outbox, { type: 'parcels.moved', data: { step } });
    });
    const rows = await database.db.select().from(outbox).orderBy(outbox.occurredAt);
    expect(rows.map((row) => row.data.step)).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['no module prefix', { type: 'created', data: {} }],
    ['an upper-case type', { type: 'Parcels.Created', data: {} }],
    ['data that is not an object', { type: 'parcels.created', data: 'text' }],
    ['a notification without an English title', { type: 'parcels.created', data: {}, notify: [{ recipientSub: 'u', title: { vi: 'Tiêu đề', en: '' } }] }],
  ])('refuses an event with %s and stores nothing', async (_case, event) => {
    await expect(publishEvent(database.db, outbox, event as never)).rejects.toThrow(TypeError);
    expect(await database.db.select().from(outbox)).toEqual([]);
  });
});
