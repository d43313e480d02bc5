import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { getCaller, problemContent, ProblemError, type ModuleContext } from '@portal/module-kit';
import { REPORT_CODE_PATTERN } from '../../contract/domain.js';
import { ReportDetailSchema } from '../../contract/schemas.js';
import { photos, reports } from '../../db/schema.js';
import { PRIVATE_CACHE } from './http.js';
import { loadReportDetail } from './report-detail.js';
import { canSeeReport } from './visibility.js';

/** One report page, and the photos of reports (which follow their report's visibility). */

const CodeParamsSchema = z.object({
  code: z.string().regex(REPORT_CODE_PATTERN).openapi({ param: { name: 'code', in: 'path' }, example: 'PA-2026-000123' }),
});

const PhotoParamsSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const PhotoQuerySchema = z.object({ size: z.enum(['thumb', 'full']).default('full') });

const detailRoute = createRoute({
  method: 'get',
  path: '/reports/{code}',
  tags: ['feedback'],
  summary: 'A report with its photos, answer and timeline, as the caller may see it',
  request: { params: CodeParamsSchema },
  responses: {
    200: { description: 'The report.', content: { 'application/json': { schema: ReportDetailSchema } } },
    404: problemContent('No report with this code that the caller may see.'),
  },
});

const photoRoute = createRoute({
  method: 'get',
  path: '/photos/{id}',
  tags: ['feedback'],
  summary: 'A report or answer photo (re-encoded JPEG without EXIF/GPS), full size or thumbnail',
  request: { params: PhotoParamsSchema, query: PhotoQuerySchema },
  responses: {
    200: { description: 'JPEG bytes.', content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } } },
    404: problemContent('No photo with this id that the caller may see.'),
  },
});

export const reportNotFound = (code: string) => ProblemError.notFound(`No report ${code} that you may see.`);

export function registerReportRoutes(api: OpenAPIHono, { db, files }: ModuleContext): void {
  api.openapi(detailRoute, async (c) => {
    const { code } = c.req.valid('param');
    const detail = await loadReportDetail(db, code, getCaller(c) ?? null);
    if (!detail) throw reportNotFound(code);
    // Even a public report's page carries caller-specific parts (can, following, timeline).
    c.header('Cache-Control', PRIVATE_CACHE);
    c.header('Vary', 'Authorization');
    return c.json(detail, 200);
  });

  api.openapi(photoRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { size } = c.req.valid('query');
    const [row] = await db
      .select({ photo: photos, isPublic: reports.isPublic, reporterSub: reports.reporterSub, unitId: reports.unitId })
      .from(photos)
      .innerJoin(reports, eq(reports.id, photos.reportId))
      .where(eq(photos.id, id))
      .limit(1);
    const missing = ProblemError.notFound(`No photo ${id} that you may see.`);
    if (!row || !canSeeReport(getCaller(c), row)) throw missing;
    const file = await files.get(size === 'thumb' ? row.photo.thumbKey : row.photo.fullKey);
    if (!file) throw missing;
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': file.contentType || 'image/jpeg',
      'Content-Length': String(file.size),
      // A private photo must not stay in a shared cache; public ones never change (new photos get new ids).
      'Cache-Control': row.isPublic ? 'public, max-age=86400' : PRIVATE_CACHE,
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
