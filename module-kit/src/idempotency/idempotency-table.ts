import { index, integer, jsonb, primaryKey, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * Answers to creating requests sent with an Idempotency-Key, per caller, so a retried create replays
 * the first answer instead of creating twice. Lives in the module's own schema (its migrations).
 * @example export const idempotencyKeys = idempotencyTable(feedbackSchema); // in src/db/schema.ts
 */
export function idempotencyTable(schema: PgSchema) {
  return schema.table(
    'idempotency_keys',
    {
      callerSub: text('caller_sub').notNull(),
      key: text('key').notNull(),
      requestHash: text('request_hash').notNull(),
      status: integer('status').notNull(),
      response: jsonb('response').notNull(),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ columns: [table.callerSub, table.key] }), index('idempotency_keys_created_idx').on(table.createdAt)],
  );
}

export type IdempotencyTable = ReturnType<typeof idempotencyTable>;
