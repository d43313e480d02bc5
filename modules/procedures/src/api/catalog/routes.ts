import { createRoute, z } from '@hono/zod-openapi';
import { problemContent } from '@portal/module-kit';
import { AgencySchema, CatalogPageSchema, CatalogQuerySchema, FieldSchema, ProcedureDetailSchema } from '../../contract/schemas.js';

/** The catalog's routes, public and cacheable (Cache-Control: public, max-age=300). */

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A bounded page of the catalog: a province lists a couple of thousand procedures. */
export const CATALOG_PAGE_DEFAULT = 50;
export const CATALOG_PAGE_MAX = 200;

export const CatalogSearchQuerySchema = CatalogQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(CATALOG_PAGE_MAX).optional().openapi({ description: `Page size (default ${CATALOG_PAGE_DEFAULT}).` }),
  offset: z.coerce.number().int().min(0).max(100_000).optional().openapi({ description: 'Procedures to skip (`total` says how many match).' }),
});

export const fieldsRoute = createRoute({
  method: 'get',
  path: '/fields',
  tags: ['procedures'],
  summary: 'Fields (lĩnh vực) of the catalog, with how many active procedures each has',
  responses: { 200: json(z.array(FieldSchema), 'Every field in display order.') },
});

export const agenciesRoute = createRoute({
  method: 'get',
  path: '/agencies',
  tags: ['procedures'],
  summary: 'Agencies that handle procedures, with their one-stop desk address and hours',
  responses: { 200: json(z.array(AgencySchema), 'Province first, then districts, then communes.') },
});

export const catalogRoute = createRoute({
  method: 'get',
  path: '/catalog',
  tags: ['procedures'],
  summary: 'Search the catalog of procedures',
  description:
    'Every word of `q` must start a word of the name (Vietnamese or English; case and diacritics ignored: "dang ky khai sinh" finds "Đăng ký khai sinh") or occur in the national code. Filters combine. Order: exact code, names starting with `q`, then the catalog order.',
  request: { query: CatalogSearchQuerySchema },
  responses: {
    200: json(CatalogPageSchema, 'The matching procedures (a page of them) and how many match in all.'),
    400: problemContent('A filter has a value the catalog does not know (level, applicant, onlineLevel) or q is too long; see `errors`.'),
  },
});

export const procedureRoute = createRoute({
  method: 'get',
  path: '/catalog/{procedureId}',
  tags: ['procedures'],
  summary: 'One procedure: requirements, documents, fee, legal basis, its form and its agency',
  request: { params: z.object({ procedureId: z.string().min(1).max(100).openapi({ example: 'dang-ky-thanh-lap-ho-kinh-doanh' }) }) },
  responses: {
    200: json(ProcedureDetailSchema, 'The procedure as the applicant needs it to prepare a dossier.'),
    404: problemContent('No active procedure with this id (/problems/not-found).'),
  },
});
