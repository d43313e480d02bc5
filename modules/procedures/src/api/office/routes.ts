import { createRoute, z } from '@hono/zod-openapi';
import { problemContent, requireRole } from '@portal/module-kit';
import {
  ApologizeSchema,
  AssignSchema,
  AuditEntrySchema,
  ConfirmPaymentSchema,
  DossierDetailSchema,
  InboxPageSchema,
  InboxQuerySchema,
  ReasonActionSchema,
  RequestSupplementSchema,
  StatsQuerySchema,
  StatsSchema,
  VersionOnlySchema,
} from '../../contract/schemas.js';

/** OpenAPI definitions of the one-stop desk routes; the handlers are in index.ts. */

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const security = [{ bearerAuth: [] }];
const tags = ['procedures office'];
const IdParams = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' }) });

const guard = {
  401: problemContent('Not signed in.'),
  403: problemContent('Not an officer or unit lead (admins may read but not act).'),
};
const readers = [requireRole('officer', 'unit_lead', 'admin')];
const officers = [requireRole('officer', 'unit_lead')];

function actionRoute<T extends z.ZodType>(path: string, summary: string, schema: T) {
  return createRoute({
    method: 'post',
    path: `/office/dossiers/{id}/${path}`,
    tags,
    summary,
    security,
    middleware: officers,
    request: { params: IdParams, body: { required: true, content: json(schema) } },
    responses: {
      200: { description: 'The dossier after the action, as the officer sees it.', content: json(DossierDetailSchema) },
      400: problemContent('Invalid body; see `errors` per field. Nothing was changed.'),
      ...guard,
      404: problemContent('No dossier with this id at the caller’s agencies.'),
      409: problemContent('Stale `version` (/problems/stale-version) or an action not possible now (/problems/illegal-transition, with `allowed`).'),
    },
  });
}

export const receiveRoute = actionRoute('receive', 'Receive a submitted dossier (tiếp nhận); the officer handles it unless assigned', VersionOnlySchema);
export const refuseRoute = actionRoute('refuse', 'Refuse to receive a submitted dossier, with the reason told to the applicant', ReasonActionSchema);
export const assignRoute = actionRoute('assign', 'Assign a handler (internal to the agency)', AssignSchema);
export const requestSupplementRoute = actionRoute(
  'request-supplement',
  'Ask the applicant for more documents; the clock stops until they answer',
  RequestSupplementSchema,
);
export const approveRoute = actionRoute('approve', 'Approve the dossier', VersionOnlySchema);
export const denyRoute = actionRoute('deny', 'Deny the dossier (không giải quyết), with the reason told to the applicant', ReasonActionSchema);
export const issueResultRoute = actionRoute(
  'issue-result',
  'Issue the electronic result: renders and stores the PDF with a verification code and QR',
  VersionOnlySchema,
);
export const confirmPaymentRoute = actionRoute('confirm-payment', 'Confirm that the fee was paid (at the counter by default)', ConfirmPaymentSchema);
export const returnResultRoute = actionRoute('return-result', 'Record that the result was handed over (fee paid or none)', VersionOnlySchema);
export const apologizeRoute = actionRoute(
  'apologize',
  'Apology letter for an overdue dossier with a new appointment on a working day after today; the applicant is notified',
  ApologizeSchema,
);

export const inboxRoute = createRoute({
  method: 'get',
  path: '/office/inbox',
  tags,
  summary: 'The one-stop desk inbox of the caller’s agencies, one bucket at a time, with the count of every bucket',
  security,
  middleware: readers,
  request: { query: InboxQuerySchema },
  responses: {
    200: { description: 'One page; follow `nextCursor` for the next.', content: json(InboxPageSchema) },
    400: problemContent('Invalid query or cursor.'),
    ...guard,
    403: problemContent('Not an officer, unit lead or admin, or `agency` names an agency the officer does not work for.'),
  },
});

export const auditRoute = createRoute({
  method: 'get',
  path: '/office/dossiers/{id}/audit',
  tags,
  summary: 'Every action on the dossier, oldest first, with the workflow columns before and after',
  security,
  middleware: readers,
  request: { params: IdParams },
  responses: {
    200: { description: 'The audit entries.', content: json(z.array(AuditEntrySchema)) },
    ...guard,
    404: problemContent('No dossier with this id at the caller’s agencies.'),
  },
});

export const officeStatsRoute = createRoute({
  method: 'get',
  path: '/office/stats',
  tags,
  summary: 'Handling statistics of the caller’s agencies (all agencies for an admin); default period: the last 365 days',
  security,
  middleware: readers,
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: 'Per agency and in total.', content: json(StatsSchema) },
    400: problemContent('Invalid dates, or `from` after `to`.'),
    ...guard,
  },
});
