import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, requireRole, requireUnit, type Db } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';
import { officersOf } from './officer-directory.js';
import { OfficerListSchema, OfficersQuerySchema } from './schemas.js';

/** Staff lists change rarely; the answer depends on who asks, so only the caller's browser keeps it. */
const CACHE = { 'Cache-Control': 'private, max-age=60' };

const officersRoute = createRoute({
  method: 'get',
  path: '/api/directory/officers',
  tags: ['directory'],
  summary: 'The officers and unit leads of a unit, to hand a case to (by Vietnamese name)',
  description: 'Officers and unit leads may ask about their own units, admins about any. The embedded sign-on’s accounts only.',
  security: [{ bearerAuth: [] }],
  // roles first, then membership: a citizen learns nothing about units, an officer nothing about other units
  middleware: [requireRole('officer', 'unit_lead', 'admin'), requireUnit((c) => c.req.query('unit'))],
  request: { query: OfficersQuerySchema },
  responses: {
    200: { description: 'The unit’s staff, sorted by name', content: { 'application/json': { schema: OfficerListSchema } } },
    400: problemContent('unit is missing or too long.'),
    401: problemContent('Not signed in, or the access token is not valid.'),
    403: problemContent('Not an officer, unit lead or admin, or not a member of this unit.'),
  },
});

/** The staff directory: who a case can be assigned to, so the handler is a real account that sees it. */
export function mountDirectoryRoutes(app: OpenAPIHono<GatewayEnv>, options: { db: Db }): void {
  app.openapi(officersRoute, async (c) => c.json(await officersOf(options.db, c.req.valid('query').unit), 200, CACHE));
}
