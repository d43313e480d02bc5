import { createRoute, z } from '@hono/zod-openapi';
import { problemContent, requireAuth, requireRole } from '@portal/module-kit';
import {
  AnswerSupplementSchema,
  AttachmentSchema,
  ChoosePaymentSchema,
  CreateDossierSchema,
  DossierDetailSchema,
  DossierListQuerySchema,
  DossierPageSchema,
  PaymentProviderSchema,
  SubmitDossierSchema,
  SubmittedDossierSchema,
  UpdateDraftSchema,
  WithdrawSchema,
} from '../../contract/schemas.js';
import { OptionalIdempotencyHeaders, RequiredIdempotencyHeaders } from './idempotency.js';
import { uploadBodyDoc, uploadBodyLimit } from './multipart.js';

/** OpenAPI definitions of the applicant routes; handlers are in index.ts. */

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const signedIn = [{ bearerAuth: [] }];
const tags = ['procedures: dossiers'];
const applicant = [requireRole('citizen', 'business')];

const idParam = z.string().openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' });
const IdParams = z.object({ id: idParam });
const FileParams = z.object({ id: idParam, fileId: z.string().openapi({ param: { name: 'fileId', in: 'path' }, format: 'uuid' }) });

const invalid = problemContent('Invalid input; `errors` per field (form field ids, `files.<documentId>`). Nothing was saved.');
const guard = { 401: problemContent('Not signed in.'), 403: problemContent('Signed in without the citizen or business role.') };
const notFound = problemContent('No such dossier, or the caller may not see it (the two look the same).');
const conflict = problemContent('Stale version (/problems/stale-version) or not possible in this status (/problems/illegal-transition, with `allowed`).');
const detail = (description: string) => ({ description, content: json(DossierDetailSchema) });

export const paymentProvidersRoute = createRoute({
  method: 'get',
  path: '/payment-providers',
  tags,
  summary: 'How fees can be paid (built in: at the one-stop desk counter)',
  responses: { 200: { description: 'The providers.', content: json(z.array(PaymentProviderSchema)) } },
});

export const createDossierRoute = createRoute({
  method: 'post',
  path: '/dossiers',
  tags,
  summary: 'Start a draft dossier, its form pre-filled from the signed-in identity',
  security: signedIn,
  middleware: applicant,
  request: { headers: OptionalIdempotencyHeaders, body: { required: true, content: json(CreateDossierSchema) } },
  responses: {
    201: detail('The draft. A retry with the same Idempotency-Key answers it again with `Idempotency-Replayed: true`.'),
    400: invalid,
    ...guard,
    422: problemContent('Unknown or retired procedure, not open to the caller’s applicant type, identity incomplete, or an Idempotency-Key reused with another body.'),
  },
});

export const listDossiersRoute = createRoute({
  method: 'get',
  path: '/dossiers',
  tags,
  summary: 'My dossiers (a business representative: every dossier of the enterprise), most recently changed first',
  security: signedIn,
  middleware: applicant,
  request: { query: DossierListQuerySchema },
  responses: { 200: { description: 'One page.', content: json(DossierPageSchema) }, 400: invalid, ...guard },
});

export const getDossierRoute = createRoute({
  method: 'get',
  path: '/dossiers/{id}',
  tags,
  summary: 'A dossier as the caller sees it (applicant side, officers of the agency, admins)',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: IdParams },
  responses: { 200: detail('The dossier.'), 401: guard[401], 404: notFound },
});

export const updateDraftRoute = createRoute({
  method: 'patch',
  path: '/dossiers/{id}',
  tags,
  summary: 'Save the form of a draft (types and lengths checked; the rest on submission)',
  security: signedIn,
  middleware: applicant,
  request: { params: IdParams, body: { required: true, content: json(UpdateDraftSchema) } },
  responses: { 200: detail('The saved draft.'), 400: invalid, ...guard, 404: notFound, 409: conflict },
});

export const deleteDraftRoute = createRoute({
  method: 'delete',
  path: '/dossiers/{id}',
  tags,
  summary: 'Delete a draft and its files',
  security: signedIn,
  middleware: applicant,
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted.' }, ...guard, 404: notFound, 409: conflict },
});

export const uploadFileRoute = createRoute({
  method: 'post',
  path: '/dossiers/{id}/files',
  tags,
  summary: 'Attach a file (PDF, JPEG or PNG ≤ 20 MB, type detected from the content) to a draft or to the open supplement request',
  security: signedIn,
  middleware: [...applicant, uploadBodyLimit()],
  request: { params: IdParams, body: uploadBodyDoc },
  responses: {
    201: { description: 'Attached.', content: json(AttachmentSchema) },
    400: invalid,
    ...guard,
    404: notFound,
    409: conflict,
    413: problemContent('The file is larger than 20 MB.'),
    415: problemContent('Not multipart, not a PDF, JPEG or PNG, or a name whose extension does not match the content.'),
    422: problemContent('A dangerous or damaged file, or too many files.'),
  },
});

export const deleteFileRoute = createRoute({
  method: 'delete',
  path: '/dossiers/{id}/files/{fileId}',
  tags,
  summary: 'Remove a file from a draft, or a file sent for the open supplement request',
  security: signedIn,
  middleware: applicant,
  request: { params: FileParams },
  responses: { 204: { description: 'Removed.' }, ...guard, 404: notFound, 409: conflict },
});

const bytes = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' as const, format: 'binary' } } } });

export const downloadFileRoute = createRoute({
  method: 'get',
  path: '/dossiers/{id}/files/{fileId}',
  tags,
  summary: 'Download an attached file (applicant side, officers of the agency, admins)',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: FileParams },
  responses: { 200: bytes('application/octet-stream', 'The file, as attachment, with its detected Content-Type.'), 401: guard[401], 404: notFound },
});

export const submitRoute = createRoute({
  method: 'post',
  path: '/dossiers/{id}/submit',
  tags,
  summary: 'Submit a draft: code, appointment in working days, fee due',
  security: signedIn,
  middleware: applicant,
  request: { params: IdParams, headers: RequiredIdempotencyHeaders, body: { required: true, content: json(SubmitDossierSchema) } },
  responses: {
    201: { description: 'Submitted. A retry with the same key answers the same with `Idempotency-Replayed: true`.', content: json(SubmittedDossierSchema) },
    400: invalid,
    ...guard,
    404: notFound,
    409: conflict,
    422: problemContent('The procedure no longer takes dossiers, or an Idempotency-Key reused with another body.'),
  },
});

const action = <T extends z.ZodType>(path: string, summary: string, schema: T, extra = {}) =>
  createRoute({
    method: 'post',
    path: `/dossiers/{id}/${path}`,
    tags,
    summary,
    security: signedIn,
    middleware: applicant,
    request: { params: IdParams, body: { required: true, content: json(schema) } },
    responses: { 200: detail('The dossier afterwards.'), 400: invalid, ...guard, 404: notFound, 409: conflict, ...extra },
  });

export const withdrawRoute = action('withdraw', 'Withdraw a dossier the agency has not received yet', WithdrawSchema);
export const supplementRoute = action(
  'supplement',
  'Answer the open supplement request (files uploaded first with supplementRequestId); the clock resumes',
  AnswerSupplementSchema,
);
export const paymentRoute = action('payment', 'Choose how to pay the fee due', ChoosePaymentSchema, {
  409: problemContent('Stale version, or no fee due (/problems/payment-not-due).'),
});

export const resultRoute = createRoute({
  method: 'get',
  path: '/dossiers/{id}/result.pdf',
  tags,
  summary: 'Download the electronic result (applicant side once released, the agency and admins once issued)',
  security: signedIn,
  middleware: [requireAuth()],
  request: { params: IdParams },
  responses: {
    200: bytes('application/pdf', 'The result PDF.'),
    401: guard[401],
    404: problemContent('No such dossier the caller may see, or no electronic result yet.'),
    409: problemContent('Issued, but the fee is not confirmed as paid yet (/problems/result-not-released).'),
  },
});
