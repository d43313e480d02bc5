import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, ProblemError, type ModuleContext } from '@portal/module-kit';
import { StatsQuerySchema, StatsSchema } from '../../contract/schemas.js';
import { PUBLIC_CACHE } from './http.js';
import { computeStats } from './stats.js';

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['feedback'],
  summary: 'How each ward, district or unit handles reports: received, resolved, overdue, on time, satisfaction',
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: 'One row per ward/district/unit and the total.', content: { 'application/json': { schema: StatsSchema } } },
    400: problemContent('A query parameter is invalid; see `errors`.'),
  },
});

export function registerStatsRoutes(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(statsRoute, async (c) => {
    const query = c.req.valid('query');
    if (query.from && query.to && query.from > query.to) {
      throw ProblemError.badRequest('"from" is after "to".', { to: ['Must not be before "from" (Ngày kết thúc trước ngày bắt đầu).'] });
    }
    const stats = await computeStats(db, query);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(stats, 200);
  });
}
