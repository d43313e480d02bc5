import { z } from '@hono/zod-openapi';
import { ProblemError, localizedProblem, once, requestHash, type StoredAnswer, type Tx } from '@portal/module-kit';
import { idempotencyKeys } from '../../db/schema.js';
import type { Lang } from '../http.js';
import { messages } from './problems.js';

/** Idempotency-Key: 8–128 visible ASCII characters (a UUID fits). */
const KEY = z
  .string({ error: messages.idempotencyKey.en })
  .min(8, messages.idempotencyKey.en)
  .max(128, messages.idempotencyKey.en)
  .regex(/^[\x21-\x7E]+$/, messages.idempotencyKey.en);

const headerDoc = (required: boolean) => ({
  param: { name: 'idempotency-key', in: 'header' as const },
  description: required
    ? 'Required: 8–128 visible ASCII characters, e.g. a UUID. A retry with the same key and body answers the first answer again (header Idempotency-Replayed: true).'
    : 'Optional: a retry with the same key and body answers the first answer again (header Idempotency-Replayed: true).',
});

export const RequiredIdempotencyHeaders = z.object({ 'idempotency-key': KEY.openapi(headerDoc(true)) });
export const OptionalIdempotencyHeaders = z.object({ 'idempotency-key': KEY.optional().openapi(headerDoc(false)) });

export const replayedHeader = (replayed: boolean): Record<string, string> => (replayed ? { 'Idempotency-Replayed': 'true' } : {});

/**
 * Runs `work` once per (caller, key) in the caller's transaction (module-kit once()); a failure rolls the
 * claim back with everything else. The same key with another body: 422 in the caller's language.
 */
export async function runOnce(
  tx: Tx,
  claim: { callerSub: string; key: string; request: unknown },
  lang: Lang,
  work: () => Promise<StoredAnswer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  try {
    return await once(tx, idempotencyKeys, { callerSub: claim.callerSub, key: claim.key, hash: requestHash(claim.request) }, work);
  } catch (error) {
    if (error instanceof ProblemError && error.problem.type === '/problems/idempotency-key-reused') {
      throw localizedProblem(
        422,
        '/problems/idempotency-key-reused',
        { vi: 'Khoá Idempotency-Key đã dùng', en: 'Idempotency key reused' },
        {
          vi: 'Khoá Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khoá mới cho yêu cầu mới.',
          en: 'This Idempotency-Key was already used for a different request; use a new key for a new request.',
        },
        lang,
      );
    }
    throw error;
  }
}
