import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/tx.js';
import { ProblemError } from '../problem.js';
import type { IdempotencyTable } from './idempotency-table.js';

/** How long a key is remembered; a retry after that is treated as a new request. */
const KEEP_HOURS = 24;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** A hash of the request that does not depend on key order, so the "same body" is recognised. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Runs `work` once per (caller, key): the key is claimed inside the caller's transaction, so a
 * concurrent retry waits on it and then replays the stored answer; if `work` fails, the transaction
 * rolls back and the key stays free. The same key with another body is a 422 problem.
 * @example
 * const answer = await db.transaction((tx) =>
 *   once(tx, idempotencyKeys, { callerSub: caller.sub, key, hash: requestHash(input) }, async () => ({ status: 201, body: await create(tx) })));
 */
export async function once(
  tx: Tx,
  table: IdempotencyTable,
  claim: { callerSub: string; key: string; hash: string },
  work: () => Promise<StoredAnswer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  await tx.delete(table).where(lt(table.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`));
  const [claimed] = await tx
    .insert(table)
    .values({ callerSub: claim.callerSub, key: claim.key, requestHash: claim.hash, status: 0, response: {} })
    .onConflictDoNothing()
    .returning({ key: table.key });
  if (!claimed) {
    const [stored] = await tx
      .select()
      .from(table)
      .where(and(eq(table.callerSub, claim.callerSub), eq(table.key, claim.key)));
    if (stored && stored.requestHash !== claim.hash) {
      throw new ProblemError({
        type: '/problems/idempotency-key-reused',
        title: 'Idempotency key reused',
        status: 422,
        detail: 'This Idempotency-Key was already used for a different request body; use a new key for a new request.',
      });
    }
    if (stored) return { status: stored.status, body: stored.response, replayed: true };
  }
  const answer = await work();
  await tx
    .update(table)
    .set({ status: answer.status, response: answer.body as object })
    .where(and(eq(table.callerSub, claim.callerSub), eq(table.key, claim.key)));
  return { ...answer, replayed: false };
}
