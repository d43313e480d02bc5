import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCaller, type Caller, type ModuleContext, type Tx } from '@portal/module-kit';
import type { Context } from 'hono';
import type { DossierDetail } from '../../contract/schemas.js';
import { PAYMENT_PROVIDERS } from '../../domain/payments.js';
import { loadDossierDetail } from '../dossier-detail.js';
import { PRIVATE_CACHE, preferredLanguage } from '../http.js';
import { dossierNotFound } from '../problems.js';
import { isDossierId } from './access.js';
import { answerSupplement, choosePayment, withdraw, type ApplicantRequest } from './applicant-actions.js';
import { downloadAttachment, downloadResult, type Download } from './downloads.js';
import { createDraft, deleteDraft, updateDraft } from './drafts.js';
import { assertAcceptsFiles, deleteAttachment, uploadAttachment } from './files.js';
import { replayedHeader, runOnce } from './idempotency.js';
import { listDossiers } from './list.js';
import { assertMultipart, readUpload } from './multipart.js';
import {
  createDossierRoute,
  deleteDraftRoute,
  deleteFileRoute,
  downloadFileRoute,
  getDossierRoute,
  listDossiersRoute,
  paymentProvidersRoute,
  paymentRoute,
  resultRoute,
  submitRoute,
  supplementRoute,
  updateDraftRoute,
  uploadFileRoute,
  withdrawRoute,
} from './routes.js';
import { submitDossier } from './submit.js';

/** Paths whose bodies are multipart (file uploads), exempt from the JSON body check. */
export const DOSSIER_MULTIPART_PATHS: readonly RegExp[] = [/\/dossiers\/[^/]+\/files$/];

/** The route guards ran first, so a caller is there. */
const callerOf = (c: Context): Caller => getCaller(c)!;
const NO_STORE = { 'Cache-Control': PRIVATE_CACHE };
const sendBytes = (c: Context, download: Download) => c.body(Buffer.from(download.bytes), 200, download.headers);

/**
 * The applicant's routes: drafts, files, submission (idempotent), withdrawal, supplement answers,
 * payment choice, the list, the detail and the downloads. Every change is one transaction with its
 * timeline, audit and outbox records (api/record.ts); every read decides who sees what with viewerOf.
 */
export function registerDossierRoutes(api: OpenAPIHono, ctx: ModuleContext): void {
  const { db, files } = ctx;
  const request = (c: Context, id: string): ApplicantRequest => ({ id, caller: callerOf(c), lang: preferredLanguage(c), now: new Date() });

  async function detailFor(c: Context, id: string): Promise<DossierDetail> {
    const detail = isDossierId(id) ? await loadDossierDetail(db, id, callerOf(c)) : null;
    if (!detail) throw dossierNotFound(preferredLanguage(c));
    return detail;
  }

  /** Runs an applicant action in a transaction and answers the dossier as the caller sees it afterwards. */
  const act =
    <B>(run: (tx: Tx, request: ApplicantRequest, body: B) => Promise<void>) =>
    async (c: Context, id: string, body: B) => {
      await db.transaction((tx) => run(tx, request(c, id), body));
      return c.json(await detailFor(c, id), 200, NO_STORE);
    };

  api.openapi(paymentProvidersRoute, (c) =>
    c.json(
      PAYMENT_PROVIDERS.map(({ id, name, online }) => ({ id, name, online })),
      200,
      { 'Cache-Control': 'public, max-age=300' },
    ),
  );

  api.openapi(createDossierRoute, async (c) => {
    const { caller, lang, now } = request(c, '');
    const { procedureId } = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const create = async (tx: Tx) => {
      const row = await createDraft(tx, { procedureId, caller, lang, now });
      return { status: 201, body: (await loadDossierDetail(tx, row.id, caller, now))!, replayed: false };
    };
    const answer = await db.transaction((tx) =>
      key ? runOnce(tx, { callerSub: caller.sub, key, request: { route: 'create', procedureId } }, lang, () => create(tx)) : create(tx),
    );
    const body = answer.body as DossierDetail;
    return c.json(body, 201, { ...NO_STORE, Location: `/api/procedures/dossiers/${body.id}`, ...replayedHeader(answer.replayed) });
  });

  api.openapi(listDossiersRoute, async (c) => c.json(await listDossiers(db, callerOf(c), c.req.valid('query'), preferredLanguage(c)), 200, NO_STORE));

  api.openapi(getDossierRoute, async (c) => c.json(await detailFor(c, c.req.valid('param').id), 200, NO_STORE));

  api.openapi(updateDraftRoute, async (c) =>
    act<{ form: DossierDetail['form']; version: number }>((tx, r, body) => updateDraft(tx, { ...r, ...body }))(c, c.req.valid('param').id, c.req.valid('json')),
  );

  api.openapi(deleteDraftRoute, async (c) => {
    const { id, caller, lang } = request(c, c.req.valid('param').id);
    await deleteDraft(db, files, { id, caller, lang });
    return c.body(null, 204);
  });

  api.openapi(uploadFileRoute, async (c) => {
    const { id, caller, lang, now } = request(c, c.req.valid('param').id);
    assertMultipart(c);
    await assertAcceptsFiles(db, id, caller, lang);
    const upload = await readUpload(c);
    const attachment = await uploadAttachment(db, files, { dossierId: id, caller, upload, lang, now });
    return c.json(attachment, 201, { ...NO_STORE, Location: attachment.url });
  });

  api.openapi(deleteFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const { caller, lang, now } = request(c, id);
    await deleteAttachment(db, files, { dossierId: id, fileId, caller, lang, now });
    return c.body(null, 204);
  });

  api.openapi(downloadFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    return sendBytes(c, await downloadAttachment(db, files, { id, fileId, caller: callerOf(c), lang: preferredLanguage(c) }));
  });

  api.openapi(submitRoute, async (c) => {
    const { id, caller, lang, now } = request(c, c.req.valid('param').id);
    const { version } = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const answer = await db.transaction((tx) =>
      runOnce(tx, { callerSub: caller.sub, key, request: { route: 'submit', id, version } }, lang, async () => ({
        status: 201,
        body: await submitDossier(tx, { id, caller, lang, now, version }),
      })),
    );
    return c.json(answer.body as Awaited<ReturnType<typeof submitDossier>>, 201, { ...NO_STORE, ...replayedHeader(answer.replayed) });
  });

  api.openapi(withdrawRoute, async (c) => act(withdraw)(c, c.req.valid('param').id, c.req.valid('json')));
  api.openapi(supplementRoute, async (c) => act(answerSupplement)(c, c.req.valid('param').id, c.req.valid('json')));
  api.openapi(paymentRoute, async (c) => act(choosePayment)(c, c.req.valid('param').id, c.req.valid('json')));

  api.openapi(resultRoute, async (c) =>
    sendBytes(c, await downloadResult(db, files, { id: c.req.valid('param').id, caller: callerOf(c), lang: preferredLanguage(c) })),
  );
}
