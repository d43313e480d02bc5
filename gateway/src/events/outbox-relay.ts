import { inArray, sql } from 'drizzle-orm';
import type { Db, Logger, ModuleContext, ModuleDefinition, PortalEvent } from '@portal/module-kit';
import { eventDeliveries } from '../db/schema.js';
import { insertEventNotifications, purgeReadNotifications } from '../notifications/notification-store.js';

/** Events claimed per query. */
const BATCH = 100;
/** While one relay delivers a claimed event, others leave it alone this long; after a crash it is redelivered then. */
const LEASE_SECONDS = 120;
/** Backoff after a failed delivery: 2 s, 4 s, 8 s … capped at 10 minutes. */
const MAX_BACKOFF_SECONDS = 600;
/** Delivered events (and the record of who handled them) are kept this long for inspection, then purged. */
const DELIVERED_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;

export const NOTIFICATIONS_CONSUMER = 'platform.notifications';

export interface OutboxRelayOptions {
  db: Db;
  /** The installed modules whose APIs run in this process: their outboxes are read, their subscribers run. */
  modules: readonly ModuleDefinition[];
  log: Logger;
  /** Pause between polls when there was nothing left to deliver; 0 = no timer (tests call flush()). */
  intervalMs?: number;
  /** What a subscriber receives as its module's context: the same as its API gets. */
  contextFor: (module: ModuleDefinition) => ModuleContext;
}

export interface OutboxRelay {
  /** Delivers every event that is due now, batch after batch; resolves with how many were delivered. */
  flush(): Promise<number>;
  /** Deletes read notifications past retention and delivered events past retention (the timer runs it daily). */
  purge(): Promise<void>;
  /** Stops the timer and waits for a delivery in progress. */
  stop(): Promise<void>;
}

interface Consumer {
  name: string;
  wants(event: PortalEvent): boolean;
  /** Runs the consumer and records its delivery in platform.event_deliveries (in one transaction when it can). */
  run(event: PortalEvent): Promise<void>;
}

interface ClaimedRow {
  id: string;
  type: string;
  subject: string | null;
  data: Record<string, unknown>;
  notify: PortalEvent['notify'] | null;
  occurred_at: Date | string;
}

/**
 * The platform side of the transactional outbox: polls each publishing module's `<schema>.outbox`,
 * hands every due event to its consumers (the notification inbox, and each module's `events.subscribes`)
 * and marks it delivered. At least once: a consumer that fails makes the event come back later with
 * exponential backoff, while other events keep flowing; consumers that already succeeded for an event
 * are recorded in platform.event_deliveries and not run again. Several relays (gateway instances) may
 * poll one database: rows are claimed with `for update skip locked` and leased while delivered.
 * @example const relay = startOutboxRelay({ db, modules, log, contextFor }); … await relay.stop();
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, log } = options;
  const intervalMs = options.intervalMs ?? 500;
  const publishers = options.modules.filter((module) => (module.events?.publishes?.length ?? 0) > 0 && module.db?.schema);
  const consumers = buildConsumers(options);
  const lastClaimError = new Map<string, string>();

  async function claim(module: ModuleDefinition): Promise<PortalEvent[]> {
    const outbox = sql`${sql.identifier(module.db!.schema)}.${sql.identifier('outbox')}`;
    // One statement, so one transaction: the due rows are locked (skipping rows another relay holds)
    // and leased by pushing next_attempt_at past the delivery time.
    const result = await db.execute(sql`
      with due as (
        select id from ${outbox}
        where delivered_at is null and next_attempt_at <= now()
        order by occurred_at, id
        limit ${BATCH}
        for update skip locked
      )
      update ${outbox} as o set next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
      from due where o.id = due.id
      returning o.id, o.type, o.subject, o.data, o.notify, o.occurred_at`);
    const rows = (result as unknown as { rows: ClaimedRow[] }).rows;
    return rows
      .map((row) => ({
        id: row.id,
        source: module.id,
        type: row.type,
        ...(row.subject === null ? {} : { subject: row.subject }),
        data: row.data,
        ...(row.notify ? { notify: row.notify } : {}),
        occurredAt: new Date(row.occurred_at).toISOString(),
      }))
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  }

  async function deliver(module: ModuleDefinition, events: PortalEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const done = await db
      .select({ consumer: eventDeliveries.consumer, eventId: eventDeliveries.eventId })
      .from(eventDeliveries)
      .where(inArray(eventDeliveries.eventId, events.map((event) => event.id)));
    const handled = new Set(done.map((row) => `${row.consumer} ${row.eventId}`));
    const outbox = sql`${sql.identifier(module.db!.schema)}.${sql.identifier('outbox')}`;
    let delivered = 0;
    for (const event of events) {
      const failures: string[] = [];
      if (!event.type.startsWith(`${module.id}.`)) {
        failures.push(`the type "${event.type}" does not start with "${module.id}.", the module whose outbox holds it`);
      } else {
        for (const consumer of consumers) {
          if (!consumer.wants(event) || handled.has(`${consumer.name} ${event.id}`)) continue;
          try {
            await consumer.run(event);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            failures.push(`${consumer.name}: ${message}`);
            log.warn({ eventId: event.id, type: event.type, consumer: consumer.name, err: error }, 'event consumer failed; will retry');
          }
        }
      }
      if (failures.length === 0) {
        await db.execute(sql`update ${outbox} set delivered_at = now(), last_error = null where id = ${event.id}`);
        delivered += 1;
      } else {
        // The right-hand side reads the old attempts: the n-th failure waits 2^n seconds.
        await db.execute(sql`
          update ${outbox} set
            attempts = attempts + 1,
            last_error = ${failures.join('; ').slice(0, 2000)},
            next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts + 1)))
          where id = ${event.id}`);
      }
    }
    return delivered;
  }

  async function flushModule(module: ModuleDefinition): Promise<number> {
    let delivered = 0;
    for (;;) {
      let events: PortalEvent[];
      try {
        events = await claim(module);
        lastClaimError.delete(module.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // a missing table or a lost connection would repeat every poll: say it once until it changes
        if (lastClaimError.get(module.id) !== message) log.error({ module: module.id, err: error }, 'cannot read the outbox');
        lastClaimError.set(module.id, message);
        return delivered;
      }
      delivered += await deliver(module, events);
      if (events.length < BATCH) return delivered;
    }
  }

  async function flush(): Promise<number> {
    let delivered = 0;
    for (const module of publishers) delivered += await flushModule(module);
    return delivered;
  }

  async function purge(): Promise<void> {
    await purgeReadNotifications(db);
    const cutoff = sql`now() - make_interval(days => ${DELIVERED_RETENTION_DAYS})`;
    for (const module of publishers) {
      const outbox = sql`${sql.identifier(module.db!.schema)}.${sql.identifier('outbox')}`;
      await db.execute(sql`delete from ${outbox} where delivered_at < ${cutoff}`);
    }
    // only records of events that are delivered and purged by now (or stuck far longer than any backoff)
    await db.execute(sql`delete from platform.event_deliveries where delivered_at < ${cutoff} - interval '1 day'`);
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastPurge = 0;
  const tick = async () => {
    try {
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purge();
      }
      await flush();
    } catch (error) {
      log.error({ err: error }, 'outbox relay round failed');
    }
  };
  const schedule = () => {
    if (stopped || intervalMs <= 0 || publishers.length === 0) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule();
      });
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    flush,
    purge,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

function buildConsumers(options: OutboxRelayOptions): Consumer[] {
  const { db } = options;
  const recorded = (tx: Pick<Db, 'insert'>, name: string, eventId: string) =>
    tx.insert(eventDeliveries).values({ consumer: name, eventId }).onConflictDoNothing();
  const inbox: Consumer = {
    name: NOTIFICATIONS_CONSUMER,
    wants: (event) => (event.notify?.length ?? 0) > 0,
    // the notifications and the record of their delivery commit together: never twice, never half
    run: (event) =>
      db.transaction(async (tx) => {
        await insertEventNotifications(tx, event);
        await recorded(tx, NOTIFICATIONS_CONSUMER, event.id);
      }),
  };
  const subscribers = options.modules.flatMap((module) =>
    Object.entries(module.events?.subscribes ?? {}).map(([type, handler]): Consumer => {
      const name = `module:${module.id}`;
      const context = options.contextFor(module);
      return {
        name,
        wants: (event) => event.type === type,
        // a crash between the handler and this record runs the handler again: handlers are idempotent
        run: async (event) => {
          await handler(event, context);
          await recorded(db, name, event.id);
        },
      };
    }),
  );
  return [inbox, ...subscribers];
}
