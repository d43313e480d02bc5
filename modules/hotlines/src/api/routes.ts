import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createModuleApi, ProblemError, problemContent, type ModuleContext } from '@portal/module-kit';
import {
  EmergencyListSchema,
  FacilityParamsSchema,
  FacilityPageSchema,
  FacilityQuerySchema,
  HotlineSchema,
  parseNear,
} from '../contract/schemas.js';
import { findFacility, listEmergencyLines, searchFacilities } from './queries.js';
import { registerAdminRoutes } from './admin-routes.js';

/** Public data: browsers, the service worker and a CDN may keep it for five minutes. */
const PUBLIC_CACHE = 'public, max-age=300';

export const emergencyRoute = createRoute({
  method: 'get',
  path: '/emergency',
  tags: ['hotlines'],
  summary: 'National emergency numbers (113, 114, 115, 112, 111) in display order',
  responses: {
    200: { description: 'The national lines.', content: { 'application/json': { schema: EmergencyListSchema } } },
  },
});

export const facilitiesRoute = createRoute({
  method: 'get',
  path: '/facilities',
  tags: ['hotlines'],
  summary: "The province's own lines and facilities: search, filter by kind, sort by distance",
  request: { query: FacilityQuerySchema },
  responses: {
    200: { description: 'One page of local lines.', content: { 'application/json': { schema: FacilityPageSchema } } },
    400: problemContent('A query parameter is invalid; see `errors`.'),
  },
});

export const facilityRoute = createRoute({
  method: 'get',
  path: '/facilities/{id}',
  tags: ['hotlines'],
  summary: 'One local line or facility',
  request: { params: FacilityParamsSchema },
  responses: {
    200: { description: 'The line.', content: { 'application/json': { schema: HotlineSchema } } },
    404: problemContent('No local line has this id.'),
  },
});

/** The hotlines API, mounted by the gateway at /api/hotlines: public reads, admin writes with audit. */
export function createHotlinesApi({ db }: ModuleContext): OpenAPIHono {
  const api = createModuleApi();
  api.use('*', async (c, next) => {
    await next();
    // Admin answers set their own (no-store); public reads may be cached.
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('cache-control')) {
      c.header('Cache-Control', PUBLIC_CACHE);
    }
  });

  api.openapi(emergencyRoute, async (c) => c.json({ items: await listEmergencyLines(db) }, 200));

  api.openapi(facilitiesRoute, async (c) => {
    const { near, ...query } = c.req.valid('query');
    const { items, total } = await searchFacilities(db, { ...query, near: near ? parseNear(near) : undefined });
    return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
  });

  api.openapi(facilityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const line = await findFacility(db, id);
    if (!line) throw ProblemError.notFound(`No local hotline or facility has the id "${id}".`);
    return c.json(line, 200);
  });

  registerAdminRoutes(api, db);
  return api;
}
