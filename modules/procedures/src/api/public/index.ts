import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';
import { registerLookupRoute } from './lookup-route.js';
import { registerStatsRoute } from './stats-route.js';
import { registerTemplateRoute } from './template-route.js';
import { registerVerifyRoute } from './verify-route.js';

/**
 * The public routes (no sign-in): dossier lookup by code and last 4 digits, result verification, the
 * statistics of every agency, and the blank templates of the catalog's documents.
 */
export function registerPublicRoutes(api: OpenAPIHono, ctx: ModuleContext): void {
  registerLookupRoute(api, ctx);
  registerVerifyRoute(api, ctx);
  registerStatsRoute(api, ctx);
  registerTemplateRoute(api, ctx);
}
