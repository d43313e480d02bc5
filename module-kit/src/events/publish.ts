import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';
import type { OutboxTable } from './outbox-table.js';
import type { NewEvent } from './types.js';

/** `<module id>.<what happened>`: the module id part is how the relay checks who may publish it. */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

const Localized = (max: number) => z.object({ vi: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

const NewEventSchema = z.object({
  type: z.string().max(120).regex(EVENT_TYPE_PATTERN, 'must look like "<module id>.<event>", e.g. "feedback.submitted"'),
  subject: z.string().min(1).max(200).optional(),
  data: z.record(z.string(), z.unknown()),
  notify: z
    .array(
      z.object({
        recipientSub: z.string().min(1).max(255),
        title: Localized(200),
        body: Localized(2000).optional(),
        link: z.string().max(500).optional(),
      }),
    )
    .max(1000)
    .optional(),
});

/** The module id an event type starts with ('feedback.submitted' → 'feedback'). */
export function eventSource(type: string): string {
  return type.slice(0, type.indexOf('.'));
}

/**
 * Writes the event to the module's outbox with the given transaction (or db): pass the transaction of
 * the change, so the event exists exactly when the change does. The platform relay delivers it later,
 * at least once. Throws a TypeError for a malformed event (a programming error; the transaction rolls back).
 * @example
 * await db.transaction(async (tx) => {
 *   await tx.update(reports).set({ status: 'received' }).where(eq(reports.id, id));
 *   await publishEvent(tx, outbox, { type: 'feedback.status_changed', subject: id, data: { status: 'received' },
 *     notify: [{ recipientSub: report.ownerSub, title: { vi: '…', en: '…' }, link: `/m/feedback/reports/${id}` }] });
 * });
 */
export async function publishEvent(tx: Db | Tx, table: OutboxTable, event: NewEvent): Promise<string> {
  const parsed = NewEventSchema.safeParse(event);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`);
    throw new TypeError(`publishEvent: invalid event "${String(event?.type)}": ${problems.join('; ')}`);
  }
  // JSON round trip: what consumers get is exactly what jsonb keeps (no Dates, no undefined holes).
  const data = JSON.parse(JSON.stringify(parsed.data.data)) as Record<string, unknown>;
  const [row] = await tx
    .insert(table)
    .values({
      type: parsed.data.type,
      subject: parsed.data.subject ?? null,
      data,
      notify: parsed.data.notify ?? null,
      // clock_timestamp, not now(): several events of one transaction keep the order they were published in
      occurredAt: sql`clock_timestamp()`,
    })
    .returning({ id: table.id });
  return row!.id;
}
