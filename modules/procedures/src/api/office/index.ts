import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCaller, type Caller, type ModuleContext, type Tx } from '@portal/module-kit';
import type { Context } from 'hono';
import type { DossierDetail } from '../../contract/schemas.js';
import type { DossierRow } from '../../db/schema.js';
import { computeStats, defaultStatsPeriod } from '../../domain/stats.js';
import { isAdmin } from '../../domain/visibility.js';
import { loadDossierDetail } from '../dossier-detail.js';
import { PRIVATE_CACHE, preferredLanguage } from '../http.js';
import { dossierNotFound } from '../problems.js';
import { apologize, approve, assign, confirmPayment, deny, receive, refuse, requestSupplement, returnResult } from './actions.js';
import { loadAudit } from './audit.js';
import { loadInbox } from './inbox.js';
import { issueResult } from './issue-result.js';
import { periodReversed } from './problems.js';
import {
  apologizeRoute,
  approveRoute,
  assignRoute,
  auditRoute,
  confirmPaymentRoute,
  denyRoute,
  inboxRoute,
  issueResultRoute,
  officeStatsRoute,
  receiveRoute,
  refuseRoute,
  requestSupplementRoute,
  returnResultRoute,
} from './routes.js';
import type { OfficeRequest } from './run-action.js';

/** The route guards ran first, so a caller is there. */
const callerOf = (c: Context): Caller => getCaller(c)!;
const NO_STORE = { 'Cache-Control': PRIVATE_CACHE };

/**
 * The one-stop desk (bộ phận một cửa): the inbox, the officer actions on a dossier of their agency, its
 * audit trail and the agency statistics. Officers and unit leads act; admins may read everything.
 */
export function registerOfficeRoutes(api: OpenAPIHono, ctx: ModuleContext): void {
  const { db, files } = ctx;

  const officeRequest = (c: Context, id: string, version: number): OfficeRequest => ({
    id,
    actor: callerOf(c),
    lang: preferredLanguage(c),
    version,
    now: new Date(),
  });

  /** The dossier as the officer sees it after the action. */
  async function detailAfter(c: Context, id: string): Promise<DossierDetail> {
    const detail = await loadDossierDetail(db, id, callerOf(c));
    // Only reachable if the dossier vanished between the change and this read.
    if (!detail) throw dossierNotFound(preferredLanguage(c));
    return detail;
  }

  /** Runs an officer action in one transaction and answers the dossier afterwards. */
  async function act<B extends { version: number }>(c: Context, id: string, body: B, action: (tx: Tx, r: OfficeRequest, body: B) => Promise<DossierRow>) {
    await db.transaction((tx) => action(tx, officeRequest(c, id, body.version), body));
    return detailAfter(c, id);
  }

  api.openapi(receiveRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), receive), 200, NO_STORE));
  api.openapi(refuseRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), refuse), 200, NO_STORE));
  api.openapi(assignRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), assign), 200, NO_STORE));
  api.openapi(requestSupplementRoute, async (c) =>
    c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), requestSupplement), 200, NO_STORE),
  );
  api.openapi(approveRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), approve), 200, NO_STORE));
  api.openapi(denyRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), deny), 200, NO_STORE));
  api.openapi(confirmPaymentRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), confirmPayment), 200, NO_STORE));
  api.openapi(returnResultRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), returnResult), 200, NO_STORE));
  api.openapi(apologizeRoute, async (c) => c.json(await act(c, c.req.valid('param').id, c.req.valid('json'), apologize), 200, NO_STORE));

  api.openapi(issueResultRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const origin = process.env.PUBLIC_URL ?? new URL(c.req.url).origin;
    await issueResult({ db, files, origin }, officeRequest(c, id, body.version), body);
    return c.json(await detailAfter(c, id), 200, NO_STORE);
  });

  api.openapi(inboxRoute, async (c) => {
    const page = await loadInbox(db, callerOf(c), c.req.valid('query'), preferredLanguage(c));
    return c.json(page, 200, NO_STORE);
  });

  api.openapi(auditRoute, async (c) => {
    const entries = await loadAudit(db, c.req.valid('param').id, callerOf(c), preferredLanguage(c));
    return c.json(entries, 200, NO_STORE);
  });

  api.openapi(officeStatsRoute, async (c) => {
    const caller = callerOf(c);
    const period = defaultStatsPeriod(c.req.valid('query'));
    if (period.from > period.to) throw periodReversed(preferredLanguage(c));
    const stats = await computeStats(db, { ...period, agencyIds: isAdmin(caller) ? undefined : caller.units });
    return c.json(stats, 200, NO_STORE);
  });
}
