import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';
import { registerFeedRoutes } from './feed-routes.js';
import { registerOfficeRoutes } from './office-routes.js';
import { registerReferenceRoutes } from './reference-routes.js';
import { registerReportRoutes } from './report-routes.js';
import { registerStatsRoutes } from './stats-routes.js';

/**
 * Every GET of the feedback API. Public answers are cacheable for a minute; anything that depends on the
 * caller is `private, no-store`. `/reports/mine` is registered before `/reports/{code}` so "mine" is never
 * read as a code (codes have their own pattern too).
 */
export function registerReadRoutes(api: OpenAPIHono, ctx: ModuleContext): void {
  registerReferenceRoutes(api, ctx);
  registerFeedRoutes(api, ctx);
  registerReportRoutes(api, ctx);
  registerOfficeRoutes(api, ctx);
  registerStatsRoutes(api, ctx);
}

export { loadReportDetail } from './report-detail.js';
export * from './visibility.js';
