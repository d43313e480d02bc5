import { eq, sql } from 'drizzle-orm';
import { migrateSchema, publishEvent, silentLogger, type Database, type FileStorage, type ModuleDefinition, type PortalEvent } from '@portal/module-kit';
import { openTestDatabase } from '@portal/module-kit/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLATFORM_SCHEMA } from '../db/platform-schema.js';
import { moduleFileStorage } from '../modules-api/module-files.js';
import { tempDirs } from '../test-support/temp-dirs.js';
import { eventDeliveries, notifications } from '../db/schema.js';
import { outbox, tickets } from './fixtures/schema.js';
import { TICKET_STATUS_CHANGED, changeTicketStatus, listenerModule, ticketsModule } from './fixtures/tickets-module.js';
import { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';

describe('outbox relay', () => {
  let database: Database;
  let filesOf: (moduleId: string) => FileStorage;
  const dirs = tempDirs();
  const relays: OutboxRelay[] = [];
  const relay = (options: Partial<OutboxRelayOptions> = {}) => {
    const contextFor = (module: ModuleDefinition) => ({ db: database.db, log: silentLogger, files: filesOf(module.id) });
    const started = startOutboxRelay({ db: database.db, modules: [ticketsModule()], log: silentLogger, intervalMs: 0, contextFor, ...options });
    relays.push(started);
    return started;
  };
  const outboxRow = async (id: string) => (await database.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
  const inboxOf = (sub: string) => database.db.select().from(notifications).where(eq(notifications.recipientSub, sub));
  /** Seconds from the database's now() to the row's next attempt. */
  const secondsUntilRetry = async (id: string) => {
    const result = await database.db.execute(sql`select extract(epoch from next_attempt_at - now())::float as s from tickets.outbox where id = ${id}`);
    return (result as unknown as { rows: Array<{ s: number }> }).rows[0]!.s;
  };
  /** What the clock passing the retry time looks like to the relay. */
  const makeDue = () => database.db.update(outbox).set({ nextAttemptAt: sql`now()` });

  beforeAll(async () => {
    database = await openTestDatabase();
    filesOf = moduleFileStorage(await dirs.make());
    await migrateSchema(database, PLATFORM_SCHEMA);
    await migrateSchema(database, ticketsModule().db!);
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((started) => started.stop()));
  });
  beforeEach(async () => {
    for (const table of [outbox, tickets, notifications, eventDeliveries]) await database.db.delete(table);
  });
  afterAll(async () => {
    await database?.close();
    await dirs.cleanup();
  });

  it('delivers each notification exactly once, whatever number of flushes and relays run at once', async () => {
    for (let n = 1; n <= 7; n += 1) await changeTicketStatus(database.db, { id: `T-${n}`, ownerSub: 'citizen-a', status: 'đã tiếp nhận' });
    const [first, second] = [relay(), relay()]; // two gateway instances on one database
    const counts = await Promise.all([first.flush(), first.flush(), second.flush(), second.flush()]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(7);
    expect(await first.flush()).toBe(0);

    const inbox = await inboxOf('citizen-a');
    expect(inbox).toHaveLength(7);
    expect(inbox.find((row) => row.link === '/m/tickets/T-3')).toMatchObject({
      title: { vi: 'Phiếu T-3 chuyển sang “đã tiếp nhận”', en: 'Ticket T-3 is now “đã tiếp nhận”' },
      body: { vi: 'Bấm để xem chi tiết.', en: 'Tap to see the details.' },
      readAt: null,
    });
    const rows = await database.db.select().from(outbox);
    expect(rows.every((row) => row.deliveredAt !== null && row.attempts === 0 && row.lastError === null)).toBe(true);
  });

  it('hands events to subscribers oldest first, as the module published them', async () => {
    const seen: PortalEvent[] = [];
    const listener = listenerModule('office', { [TICKET_STATUS_CHANGED]: async (event) => void seen.push(event) });
    for (const status of ['mới', 'đã tiếp nhận', 'đang xử lý', 'đã xong']) {
      await changeTicketStatus(database.db, { id: 'T-9', ownerSub: 'citizen-a', status });
    }
    expect(await relay({ modules: [ticketsModule(), listener] }).flush()).toBe(4);
    expect(seen.map((event) => event.data.status)).toEqual(['mới', 'đã tiếp nhận', 'đang xử lý', 'đã xong']);
    expect(seen[0]).toMatchObject({ source: 'tickets', type: TICKET_STATUS_CHANGED, subject: 'T-9' });
    expect(new Date(seen[0]!.occurredAt).toISOString()).toBe(seen[0]!.occurredAt);
  });

  it('retries a failing subscriber with growing backoff, while other events and consumers keep flowing', async () => {
    let flakyCalls = 0;
    const steadyCalls: string[] = [];
    const flaky = listenerModule('flaky', {
      [TICKET_STATUS_CHANGED]: async (event) => {
        if (event.subject !== 'T-1') return;
        flakyCalls += 1;
        if (flakyCalls <= 2) throw new Error(`mailbox full (${flakyCalls})`);
      },
    });
    const steady = listenerModule('steady', { [TICKET_STATUS_CHANGED]: async (event) => void steadyCalls.push(event.subject!) });
    const failing = await changeTicketStatus(database.db, { id: 'T-1', ownerSub: 'citizen-a', status: 'mới' });
    await changeTicketStatus(database.db, { id: 'T-2', ownerSub: 'citizen-a', status: 'mới' });
    const running = relay({ modules: [ticketsModule(), flaky, steady] });

    expect(await running.flush()).toBe(1); // T-2 went through; T-1 waits
    expect(await outboxRow(failing)).toMatchObject({ deliveredAt: null, attempts: 1, lastError: 'module:flaky: mailbox full (1)' });
    expect(await secondsUntilRetry(failing)).toBeGreaterThan(1);
    expect(await secondsUntilRetry(failing)).toBeLessThanOrEqual(2);
    expect(await running.flush()).toBe(0); // not due yet

    await makeDue();
    expect(await running.flush()).toBe(0);
    expect(await outboxRow(failing)).toMatchObject({ attempts: 2, lastError: 'module:flaky: mailbox full (2)' });
    expect(await secondsUntilRetry(failing)).toBeGreaterThan(3);
    expect(await secondsUntilRetry(failing)).toBeLessThanOrEqual(4);

    await makeDue();
    expect(await running.flush()).toBe(1);
    expect(await outboxRow(failing)).toMatchObject({ attempts: 2, lastError: null });
    expect(flakyCalls).toBe(3);
    // the consumers that had succeeded were not run again
    expect(steadyCalls.sort()).toEqual(['T-1', 'T-2']);
    expect(await inboxOf('citizen-a')).toHaveLength(2);
  });

  it('caps the backoff at ten minutes', async () => {
    const broken = listenerModule('broken', { [TICKET_STATUS_CHANGED]: () => Promise.reject(new Error('down')) });
    const id = await changeTicketStatus(database.db, { id: 'T-3', ownerSub: 'citizen-a', status: 'mới' });
    await database.db.update(outbox).set({ attempts: 15 });
    await relay({ modules: [ticketsModule(), broken] }).flush();
    expect(await outboxRow(id)).toMatchObject({ attempts: 16 });
    expect(await secondsUntilRetry(id)).toBeGreaterThan(599);
    expect(await secondsUntilRetry(id)).toBeLessThanOrEqual(600);
  });

  it('does not duplicate the notification when a crash hit between the consumers and marking the event delivered', async () => {
    const handled: string[] = [];
    const listener = listenerModule('office', { [TICKET_STATUS_CHANGED]: async (event) => void handled.push(event.id) });
    const modules = [ticketsModule(), listener];
    const id = await changeTicketStatus(database.db, { id: 'T-4', ownerSub: 'citizen-b', status: 'đã xong' });
    await relay({ modules }).flush();
    // what the crash leaves: the consumers' work committed, the row never marked, its lease run out
    await database.db.update(outbox).set({ deliveredAt: null, nextAttemptAt: sql`now()` });

    expect(await relay({ modules }).flush()).toBe(1); // another instance picks it up
    expect(await inboxOf('citizen-b')).toHaveLength(1);
    expect(handled).toEqual([id]);
  });

  it('leaves the notification single even when a subscriber runs again after losing its delivery record', async () => {
    const handled: string[] = [];
    const listener = listenerModule('office', { [TICKET_STATUS_CHANGED]: async (event) => void handled.push(event.id) });
    const modules = [ticketsModule(), listener];
    const id = await changeTicketStatus(database.db, { id: 'T-5', ownerSub: 'citizen-b', status: 'đã xong' });
    await relay({ modules }).flush();
    // a crash right after the handler, before its record: at least once means it runs again
    await database.db.delete(eventDeliveries);
    await database.db.update(outbox).set({ deliveredAt: null, nextAttemptAt: sql`now()` });
    expect(await relay({ modules }).flush()).toBe(1);
    expect(handled).toEqual([id, id]);
    expect(await inboxOf('citizen-b')).toHaveLength(1); // unique (event, recipient)
  });

  it('drops a link that would leave the portal, and keeps the notification', async () => {
    await changeTicketStatus(database.db, { id: 'T-6', ownerSub: 'citizen-c', status: 'mới', link: 'javascript:alert(document.cookie)' });
    await changeTicketStatus(database.db, { id: 'T-7', ownerSub: 'citizen-c', status: 'mới', link: '//evil.example/login' });
    await relay().flush();
    const inbox = await inboxOf('citizen-c');
    expect(inbox).toHaveLength(2);
    expect(inbox.map((row) => row.link)).toEqual([null, null]);
  });

  it('never delivers an event whose type names another module', async () => {
    const id = await publishEvent(database.db, outbox, { type: 'feedback.submitted', data: {}, notify: [{ recipientSub: 'citizen-d', title: { vi: 'Giả mạo', en: 'Forged' } }] });
    expect(await relay().flush()).toBe(0);
    expect((await outboxRow(id)).lastError).toMatch(/does not start with "tickets\."/);
    expect(await inboxOf('citizen-d')).toEqual([]);
  });

  it('polls on its own timer and stops cleanly', async () => {
    const running = relay({ intervalMs: 20 });
    await changeTicketStatus(database.db, { id: 'T-8', ownerSub: 'citizen-e', status: 'mới' });
    await vi.waitFor(async () => expect(await inboxOf('citizen-e')).toHaveLength(1), { timeout: 5000, interval: 20 });
    await running.stop();
    await changeTicketStatus(database.db, { id: 'T-8', ownerSub: 'citizen-e', status: 'đã xong' });
    await new Promise((resolve) => setTimeout(resolve, 100)); // a stopped relay must not pick it up
    expect(await inboxOf('citizen-e')).toHaveLength(1);
  });

  it('purges read notifications after 180 days and delivered events after 30', async () => {
    for (let n = 1; n <= 3; n += 1) await changeTicketStatus(database.db, { id: `P-${n}`, ownerSub: 'citizen-f', status: 'mới' });
    const running = relay();
    await running.flush();
    const [oldRead, oldUnread] = (await inboxOf('citizen-f')).map((row) => row.id);
    await database.db.update(notifications).set({ readAt: sql`now() - interval '181 days'`, createdAt: sql`now() - interval '200 days'` }).where(eq(notifications.id, oldRead!));
    await database.db.update(notifications).set({ createdAt: sql`now() - interval '200 days'` }).where(eq(notifications.id, oldUnread!));
    await database.db.update(outbox).set({ deliveredAt: sql`now() - interval '31 days'` }).where(eq(outbox.subject, 'P-1'));

    await running.purge();
    expect((await inboxOf('citizen-f')).map((row) => row.id)).not.toContain(oldRead);
    expect(await inboxOf('citizen-f')).toHaveLength(2); // unread stays however old
    expect((await database.db.select().from(outbox)).map((row) => row.subject).sort()).toEqual(['P-2', 'P-3']);
  });
});
