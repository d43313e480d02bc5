import type { Caller, Db, FileStorage } from '@portal/module-kit';
import type { Lang } from '../reads/http.js';
import { authorize, findReport } from './change-report.js';
import { claimFor, runOnce, storedAnswer } from './idempotency.js';
import { answer } from './office-actions.js';
import { checkPhotos, photoDigests, preparePhotos, withStoredPhotos } from './photos.js';

export interface AnswerRequest {
  code: string;
  actor: Caller;
  lang: Lang;
  input: { version: number; text: string };
  uploads: Uint8Array[];
  /** Optional Idempotency-Key: a retried answer (photos and all) is applied once. */
  key?: string;
}

/**
 * Answers a report with text and 0–5 photos. Who may answer is checked before any photo is decoded; the
 * photos are stored before the transaction and deleted again if it fails (or was a replay).
 * Returns whether this was a replay of an earlier request with the same key.
 */
export async function answerReport(db: Db, files: FileStorage, request: AnswerRequest): Promise<{ replayed: boolean }> {
  const { code, actor, lang, input, uploads } = request;
  const claim = request.key ? claimFor(actor.sub, request.key, { code, input, photos: photoDigests(uploads) }) : null;
  if (claim && (await storedAnswer(db, claim, lang))) return { replayed: true };

  const report = authorize(await findReport(db, code), actor, 'officer', lang);
  await checkPhotos(uploads, lang);
  const prepared = await preparePhotos(uploads, lang);
  return withStoredPhotos(files, report.id, prepared, async (stored) => {
    const outcome = await db.transaction(async (tx) => {
      const work = async () => {
        await answer(tx, { code, actor, lang }, input, stored);
        // The replay answers with the report as it is then, so only the code is kept.
        return { status: 200, body: { code } };
      };
      return claim ? runOnce(tx, claim, lang, work) : { ...(await work()), replayed: false };
    });
    return { result: { replayed: outcome.replayed }, used: !outcome.replayed };
  });
}
