import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { fieldProblem, problemContent, type ModuleContext } from '@portal/module-kit';
import { StatsQuerySchema, StatsSchema } from '../../contract/schemas.js';
import { computeStats, defaultStatsPeriod } from '../../domain/stats.js';
import { PUBLIC_CACHE, preferredLanguage } from '../http.js';

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['procedures'],
  summary: 'Public statistics of every agency: received, in process, early, on time, late, on-time %',
  description: 'No sign-in. `from` and `to` are Vietnamese calendar days (inclusive); without them, the last 365 days.',
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: 'One row per agency and the total.', content: { 'application/json': { schema: StatsSchema } } },
    400: problemContent('A date is malformed, or `from` is after `to`; see `errors`.'),
  },
});

/** '2026-02-30' matches the pattern but is no day: Date would roll it over to March. */
const isRealDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

export function registerStatsRoute(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(statsRoute, async (c) => {
    const lang = preferredLanguage(c);
    const period = defaultStatsPeriod(c.req.valid('query'));
    for (const field of ['from', 'to'] as const) {
      if (!isRealDay(period[field])) throw fieldProblem(field, { vi: 'Ngày này không có trên lịch.', en: 'This day is not on the calendar.' }, lang);
    }
    if (period.from > period.to) {
      throw fieldProblem('to', { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: '"to" is before "from".' }, lang);
    }
    const stats = await computeStats(db, period);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(stats, 200);
  });
}
