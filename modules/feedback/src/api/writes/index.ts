import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCaller, type Caller, type ModuleContext, type Tx } from '@portal/module-kit';
import type { Context } from 'hono';
import { PHOTOS_MAX, PHOTOS_MIN, ANSWER_PHOTOS_MAX } from '../../contract/domain.js';
import { AnswerSchema, CreateReportSchema, type CreatedReport, type ReportDetail } from '../../contract/schemas.js';
import type { ReportRow } from '../../db/schema.js';
import { findPersonalNumbers } from '../../domain/privacy.js';
import { PRIVATE_CACHE, preferredLanguage } from '../reads/http.js';
import { loadReportDetail } from '../reads/report-detail.js';
import { answerReport } from './answer-report.js';
import { createReport } from './create-report.js';
import { claimFor } from './idempotency.js';
import { parseJsonPart, readMultipart } from './multipart.js';
import { accept, assign, extend, forward, note, reject, type OfficerRequest } from './office-actions.js';
import { photoDigests } from './photos.js';
import { messages, reportNotFound, reportPhotoCount } from './problems.js';
import { follow, rate, unfollow } from './reporter-actions.js';
import {
  acceptRoute,
  answerRoute,
  assignRoute,
  checkTextRoute,
  createReportRoute,
  extendRoute,
  followRoute,
  forwardRoute,
  noteRoute,
  rateRoute,
  rejectRoute,
  unfollowRoute,
} from './routes.js';

export { MULTIPART_PATHS } from './routes.js';
export { allowedActions, canRate } from './workflow.js';

/** The route guards ran first, so a caller is there. */
const callerOf = (c: Context): Caller => getCaller(c)!;
const NO_STORE = { 'Cache-Control': PRIVATE_CACHE };
const replayedHeader = (replayed: boolean): Record<string, string> => (replayed ? { 'Idempotency-Replayed': 'true' } : {});

/**
 * The feedback writes: filing a report (multipart, idempotent), the privacy check, rating, following, and
 * the officer actions. Every change is one transaction with its timeline entry, audit row and outbox event.
 */
export function registerWriteRoutes(api: OpenAPIHono, ctx: ModuleContext): void {
  const { db, files } = ctx;
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token from the portal sign-on (audience portal-api).',
  });
  // The JSON parts of the multipart bodies, so the document shows what `report` and `answer` hold.
  api.openAPIRegistry.register('CreateReport', CreateReportSchema);
  api.openAPIRegistry.register('AnswerReport', AnswerSchema);

  api.openapi(checkTextRoute, (c) => {
    const { text } = c.req.valid('json');
    const findings = findPersonalNumbers(text).map(({ kind, match }) => ({ kind, match }));
    return c.json({ findings }, 200, NO_STORE);
  });

  api.openapi(createReportRoute, async (c) => {
    const lang = preferredLanguage(c);
    const reporter = callerOf(c);
    const key = c.req.valid('header')['idempotency-key'];
    const parts = await readMultipart(c, 'report', { min: PHOTOS_MIN, max: PHOTOS_MAX, message: reportPhotoCount });
    const input = parseJsonPart(CreateReportSchema, parts.json, lang);
    const claim = claimFor(reporter.sub, key, { report: input, photos: photoDigests(parts.photos) });
    const answer = await createReport(db, files, { input, uploads: parts.photos, reporter, claim, lang });
    const created = answer.body as CreatedReport;
    return c.json(created, 201, {
      ...NO_STORE,
      Location: `/api/feedback/reports/${created.code}`,
      ...replayedHeader(answer.replayed),
    });
  });

  api.openapi(rateRoute, async (c) => {
    const { code } = c.req.valid('param');
    const actor = callerOf(c);
    await db.transaction((tx) => rate(tx, { code, actor, lang: preferredLanguage(c) }, c.req.valid('json')));
    return c.json(await detailFor(code, actor, c), 200, NO_STORE);
  });

  api.openapi(followRoute, async (c) => {
    await follow(db, c.req.valid('param').code, callerOf(c), preferredLanguage(c));
    return c.body(null, 204);
  });

  api.openapi(unfollowRoute, async (c) => {
    await unfollow(db, c.req.valid('param').code, callerOf(c), preferredLanguage(c));
    return c.body(null, 204);
  });

  /** Runs an officer action in a transaction and answers the report as the officer sees it afterwards. */
  const officerAction = async <B>(c: Context, code: string, body: B, act: (tx: Tx, r: OfficerRequest, body: B) => Promise<ReportRow>) => {
    const actor = callerOf(c);
    await db.transaction((tx) => act(tx, { code, actor, lang: preferredLanguage(c) }, body));
    return detailFor(code, actor, c);
  };

  api.openapi(acceptRoute, async (c) => c.json(await officerAction(c, c.req.valid('param').code, c.req.valid('json'), accept), 200, NO_STORE));
  api.openapi(rejectRoute, async (c) => c.json(await officerAction(c, c.req.valid('param').code, c.req.valid('json'), reject), 200, NO_STORE));
  api.openapi(assignRoute, async (c) => c.json(await officerAction(c, c.req.valid('param').code, c.req.valid('json'), assign), 200, NO_STORE));
  api.openapi(noteRoute, async (c) => c.json(await officerAction(c, c.req.valid('param').code, c.req.valid('json'), note), 200, NO_STORE));
  api.openapi(extendRoute, async (c) => c.json(await officerAction(c, c.req.valid('param').code, c.req.valid('json'), extend), 200, NO_STORE));

  api.openapi(forwardRoute, async (c) => {
    const { code } = c.req.valid('param');
    const actor = callerOf(c);
    await db.transaction((tx) => forward(tx, { code, actor, lang: preferredLanguage(c) }, c.req.valid('json')));
    // A private report now belongs to a unit the officer is not in: they no longer see it.
    const detail = await loadReportDetail(db, code, actor);
    return detail ? c.json(detail, 200, NO_STORE) : c.body(null, 204);
  });

  api.openapi(answerRoute, async (c) => {
    const { code } = c.req.valid('param');
    const lang = preferredLanguage(c);
    const actor = callerOf(c);
    const parts = await readMultipart(c, 'answer', { min: 0, max: ANSWER_PHOTOS_MAX, message: messages.photoCount(0, ANSWER_PHOTOS_MAX) });
    const input = parseJsonPart(AnswerSchema, parts.json, lang);
    const key = c.req.valid('header')['idempotency-key'];
    const { replayed } = await answerReport(db, files, { code, actor, lang, input, uploads: parts.photos, key });
    return c.json(await detailFor(code, actor, c), 200, { ...NO_STORE, ...replayedHeader(replayed) });
  });

  async function detailFor(code: string, actor: Caller, c: Context): Promise<ReportDetail> {
    const detail = await loadReportDetail(db, code, actor);
    // Only reachable if the report vanished between the change and this read.
    if (!detail) throw reportNotFound(preferredLanguage(c));
    return detail;
  }
}
