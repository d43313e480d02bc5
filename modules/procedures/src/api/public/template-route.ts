import { createHash } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, type ModuleContext } from '@portal/module-kit';
import type { ProcedureRow } from '../../db/schema.js';
import type { RequiredDocument } from '../../contract/form-schema.js';
import { loadProcedure } from '../../domain/catalog.js';
import { renderTemplatePdf } from '../../domain/result-document/index.js';
import { CATALOG_CACHE, preferredLanguage } from '../http.js';
import { procedureNotFound } from '../problems.js';
import { templateNotFound } from './problems.js';

const TemplateParamsSchema = z.object({
  procedureId: z.string().max(100).openapi({ param: { name: 'procedureId', in: 'path' }, example: 'dang-ky-ho-kinh-doanh' }),
  documentId: z.string().max(100).openapi({ param: { name: 'documentId', in: 'path' }, example: 'to-khai' }),
});

/** Documented as the brief names it; Hono routes it with a pattern (see registerTemplateRoute). */
const templateRoute = createRoute({
  method: 'get',
  path: '/catalog/{procedureId}/templates/{documentId}.pdf',
  tags: ['procedures'],
  summary: 'A blank template (mẫu tờ khai) of a required document, generated from the procedure’s form, to print',
  request: { params: TemplateParamsSchema },
  responses: {
    200: { description: 'PDF bytes.', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    404: problemContent('No such procedure, or the document has no template.'),
  },
});

/**
 * Rendered templates, by procedure, document and a hash of what they are drawn from (so an edited form
 * renders anew). A public URL anyone may call: without this each call would cost a PDF rendering.
 */
const CACHE_SIZE = 64;
const rendered = new Map<string, Uint8Array>();

async function templateBytes(procedure: ProcedureRow, document: RequiredDocument): Promise<Uint8Array> {
  const source = JSON.stringify([procedure.code, procedure.nameVi, procedure.form, document]);
  const key = `${procedure.id}/${document.id}/${createHash('sha256').update(source).digest('hex')}`;
  const cached = rendered.get(key);
  if (cached) return cached;
  const bytes = await renderTemplatePdf(procedure, document);
  if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, bytes);
  return bytes;
}

/**
 * `{documentId}.pdf` is one path segment with a suffix, which Hono routes only with a pattern parameter
 * (zod-openapi would name the parameter "documentId.pdf"): the route is documented in the OpenAPI registry
 * under the brief's path and handled by a plain Hono route.
 */
export function registerTemplateRoute(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openAPIRegistry.registerPath(templateRoute);
  api.get('/catalog/:procedureId/templates/:file{[a-z][a-z0-9-]*\\.pdf}', async (c) => {
    const lang = preferredLanguage(c);
    const procedureId = c.req.param('procedureId');
    const documentId = c.req.param('file').slice(0, -'.pdf'.length);
    const loaded = procedureId.length <= 100 ? await loadProcedure(db, procedureId) : null;
    if (!loaded || !loaded.procedure.active) throw procedureNotFound(lang);
    const document = loaded.procedure.requiredDocuments.find((candidate) => candidate.id === documentId);
    if (!document?.template) throw templateNotFound(lang);
    const bytes = await templateBytes(loaded.procedure, document);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${loaded.procedure.code}-${document.id}.pdf"`,
      'Cache-Control': CATALOG_CACHE,
    });
  });
}
