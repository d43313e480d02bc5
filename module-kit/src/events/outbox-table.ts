import { index, integer, jsonb, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { EventNotification } from './types.js';

/**
 * The outbox of one module, inside the module's own schema, so drizzle-kit writes it into the
 * module's migrations and an event commits or rolls back with the change that caused it.
 * @example export const outbox = outboxTable(feedbackSchema); // in the module's src/db/schema.ts
 */
export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      type: text('type').notNull(),
      subject: text('subject'),
      data: jsonb('data').$type<Record<string, unknown>>().notNull(),
      notify: jsonb('notify').$type<EventNotification[]>(),
      occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
      /** Set by the platform relay once every consumer has succeeded. */
      deliveredAt: timestamp('delivered_at', { withTimezone: true }),
      attempts: integer('attempts').notNull().default(0),
      lastError: text('last_error'),
      /** The relay picks a row up only from then on: backoff after a failure, a lease while delivering. */
      nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [index('outbox_pending_idx').on(table.deliveredAt, table.nextAttemptAt)],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;
