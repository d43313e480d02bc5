import { createRoute, z } from '@hono/zod-openapi';
import { problemContent, requireAuth, requireRole } from '@portal/module-kit';
import { ANSWER_PHOTOS_MAX, PHOTOS_MAX, PHOTOS_MIN, REPORT_CODE_PATTERN } from '../../contract/domain.js';
import {
  AcceptSchema,
  AssignSchema,
  CreatedReportSchema,
  ExtendSchema,
  ForwardSchema,
  NoteSchema,
  RateSchema,
  RejectSchema,
  ReportDetailSchema,
  TextCheckResultSchema,
  TextCheckSchema,
} from '../../contract/schemas.js';
import { OptionalIdempotencyHeaders, RequiredIdempotencyHeaders } from './idempotency.js';
import { multipartBodyDoc, multipartBodyLimit } from './multipart.js';

/** OpenAPI definitions of the write routes; handlers are in index.ts. */

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const signedIn = [{ bearerAuth: [] }];
const tags = ['feedback'];

const CodeParams = z.object({
  code: z.string().regex(REPORT_CODE_PATTERN).openapi({ param: { name: 'code', in: 'path' }, example: 'PA-2026-000123' }),
});

const invalid = problemContent('The request is invalid; see `errors` per field. Nothing was stored.');
const guard = {
  401: problemContent('Not signed in.'),
  403: problemContent('Signed in without a role that may do this.'),
};
const officerResponses = {
  400: invalid,
  ...guard,
  404: problemContent('No report with this code in the caller’s units.'),
  409: problemContent('Stale version (/problems/stale-version) or an action not allowed now (/problems/illegal-transition, with `allowed`).'),
};

export const checkTextRoute = createRoute({
  method: 'post',
  path: '/reports/check-text',
  tags,
  summary: 'Privacy check of a description: phone numbers and 12-digit id numbers found in it',
  request: { body: { required: true, content: json(TextCheckSchema) } },
  responses: { 200: { description: 'What was found (empty when nothing).', content: json(TextCheckResultSchema) }, 400: invalid },
});

export const createReportRoute = createRoute({
  method: 'post',
  path: '/reports',
  tags,
  summary: 'File a report: multipart field `report` (CreateReport JSON) and 1–5 `photos`',
  security: signedIn,
  middleware: [requireRole('citizen', 'business'), multipartBodyLimit()],
  request: { headers: RequiredIdempotencyHeaders, body: multipartBodyDoc('report', 'CreateReport', { min: PHOTOS_MIN, max: PHOTOS_MAX }) },
  responses: {
    201: { description: 'Filed. A retry with the same Idempotency-Key answers the same body with `Idempotency-Replayed: true`.', content: json(CreatedReportSchema) },
    400: invalid,
    ...guard,
    413: problemContent('The body or a photo is too large.'),
    415: problemContent('Not multipart/form-data, or a photo that is not JPEG, PNG, WebP or HEIC.'),
    422: problemContent(
      'Outside the province (/problems/outside-province), unknown category, phone or id numbers in a public text (/problems/privacy-warning, with `findings`), a refused photo, or an Idempotency-Key reused with another body.',
    ),
    429: problemContent('More than 10 reports within an hour; see Retry-After.'),
  },
});

export const rateRoute = createRoute({
  method: 'post',
  path: '/reports/{code}/rating',
  tags,
  summary: 'Rate the answer (reporter): satisfied closes the report, not satisfied reopens it',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: CodeParams, body: { required: true, content: json(RateSchema) } },
  responses: {
    200: { description: 'The report after the rating.', content: json(ReportDetailSchema) },
    400: invalid,
    401: guard[401],
    403: problemContent('The caller sees the report but did not file it.'),
    404: problemContent('No report with this code that the caller may see.'),
    409: problemContent('Stale version, or the report is not answered.'),
  },
});

const followResponses = {
  204: { description: 'Done.' },
  401: guard[401],
  404: problemContent('No report with this code that the caller may see.'),
};

export const followRoute = createRoute({
  method: 'post',
  path: '/reports/{code}/follow',
  tags,
  summary: 'Follow a public open report ("this is mine too") to be notified of its progress',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: CodeParams },
  responses: { ...followResponses, 409: problemContent('The report is private or no longer open.') },
});

export const unfollowRoute = createRoute({
  method: 'delete',
  path: '/reports/{code}/follow',
  tags,
  summary: 'Stop following a report',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: CodeParams },
  responses: followResponses,
});

const officerOnly = [requireRole('officer', 'unit_lead')];

function officerRoute<T extends z.ZodType>(action: string, summary: string, schema: T) {
  return createRoute({
    method: 'post',
    path: `/office/reports/{code}/${action}`,
    tags: ['feedback office'],
    summary,
    security: signedIn,
    middleware: officerOnly,
    request: { params: CodeParams, body: { required: true, content: json(schema) } },
    responses: {
      200: { description: 'The report after the action, as the caller sees it.', content: json(ReportDetailSchema) },
      ...officerResponses,
    },
  });
}

export const acceptRoute = officerRoute('accept', 'Accept a submitted report for the unit', AcceptSchema);
export const rejectRoute = officerRoute('reject', 'Reject a report as not eligible (the reason is shown to the citizen)', RejectSchema);
export const assignRoute = officerRoute('assign', 'Assign a handler (internal)', AssignSchema);
export const noteRoute = officerRoute('note', 'Add an internal note (never public)', NoteSchema);
export const extendRoute = officerRoute('extend', 'Extend the deadline by working days, with a reason', ExtendSchema);

export const forwardRoute = createRoute({
  method: 'post',
  path: '/office/reports/{code}/forward',
  tags: ['feedback office'],
  summary: 'Forward to another unit with a reason; the new unit must accept it',
  security: signedIn,
  middleware: officerOnly,
  request: { params: CodeParams, body: { required: true, content: json(ForwardSchema) } },
  responses: {
    200: { description: 'The report after forwarding, when the caller may still see it (a public report).', content: json(ReportDetailSchema) },
    204: { description: 'Forwarded; the report is private and now belongs to a unit the caller is not in.' },
    ...officerResponses,
    422: problemContent('Unknown or inactive unit, or the unit that has it already.'),
  },
});

export const answerRoute = createRoute({
  method: 'post',
  path: '/office/reports/{code}/answer',
  tags: ['feedback office'],
  summary: 'Answer with the public response notice: multipart field `answer` (AnswerReport JSON) and 0–5 `photos`',
  security: signedIn,
  middleware: [...officerOnly, multipartBodyLimit()],
  request: { params: CodeParams, headers: OptionalIdempotencyHeaders, body: multipartBodyDoc('answer', 'AnswerReport', { min: 0, max: ANSWER_PHOTOS_MAX }) },
  responses: {
    200: { description: 'The answered report. A retry with the same Idempotency-Key carries `Idempotency-Replayed: true`.', content: json(ReportDetailSchema) },
    ...officerResponses,
    413: problemContent('The body or a photo is too large.'),
    415: problemContent('Not multipart/form-data, or a photo of another type.'),
    422: problemContent('A refused photo, or an Idempotency-Key reused with another body.'),
  },
});

/** Paths of the multipart routes: the module API lets them past its JSON-only check. */
export const MULTIPART_PATHS: readonly RegExp[] = [/\/reports$/, /\/office\/reports\/[^/]+\/answer$/];
