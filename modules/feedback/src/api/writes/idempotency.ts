import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { ProblemError, once, requestHash, type Db, type StoredAnswer, type Tx } from '@portal/module-kit';
import { idempotencyKeys } from '../../db/schema.js';
import type { Lang } from '../reads/http.js';
import { messages } from './problems.js';

/** Idempotency-Key: 8–128 visible ASCII characters (a UUID fits). */
const KEY = z.string({ error: messages.idempotencyKey.en }).min(8, messages.idempotencyKey.en).max(128, messages.idempotencyKey.en).regex(/^[\x21-\x7E]+$/, messages.idempotencyKey.en);

const headerDoc = (required: boolean) => ({
  param: { name: 'idempotency-key', in: 'header' as const },
  description: required
    ? 'Required: 8–128 visible ASCII characters, e.g. a UUID. A retry with the same key and body answers the first answer again (header Idempotency-Replayed: true).'
    : 'Optional: a retry with the same key and body answers the first answer again.',
});

export const RequiredIdempotencyHeaders = z.object({ 'idempotency-key': KEY.openapi(headerDoc(true)) });
export const OptionalIdempotencyHeaders = z.object({ 'idempotency-key': KEY.optional().openapi(headerDoc(false)) });

export interface IdempotencyClaim {
  callerSub: string;
  key: string;
  hash: string;
}

export const claimFor = (callerSub: string, key: string, request: unknown): IdempotencyClaim => ({ callerSub, key, hash: requestHash(request) });

function keyReused(lang: Lang): ProblemError {
  return new ProblemError({
    type: '/problems/idempotency-key-reused',
    title: lang === 'vi' ? 'Khoá Idempotency-Key đã dùng' : 'Idempotency key reused',
    status: 422,
    detail:
      lang === 'vi'
        ? 'Khoá Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khoá mới cho yêu cầu mới.'
        : 'This Idempotency-Key was already used for a different request; use a new key for a new request.',
  });
}

/**
 * The answer already stored for this key, looked up BEFORE photos are processed and stored, so a retry
 * of an upload costs one query. Same key with another body: 422. (once() decides again inside the
 * transaction, for retries that arrive at the same time.)
 */
export async function storedAnswer(db: Db, claim: IdempotencyClaim, lang: Lang): Promise<StoredAnswer | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.callerSub, claim.callerSub),
        eq(idempotencyKeys.key, claim.key),
        gt(idempotencyKeys.status, 0),
        gt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`),
      ),
    );
  if (!row) return null;
  if (row.requestHash !== claim.hash) throw keyReused(lang);
  return { status: row.status, body: row.response };
}

/** once() with the module's table, turning its 422 into the caller's language. */
export async function runOnce(tx: Tx, claim: IdempotencyClaim, lang: Lang, work: () => Promise<StoredAnswer>) {
  try {
    return await once(tx, idempotencyKeys, claim, work);
  } catch (error) {
    if (error instanceof ProblemError && error.problem.type === '/problems/idempotency-key-reused') throw keyReused(lang);
    throw error;
  }
}
