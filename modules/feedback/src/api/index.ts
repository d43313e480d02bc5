import type { OpenAPIHono } from '@hono/zod-openapi';
import { createModuleApi, type ModuleContext } from '@portal/module-kit';
import { registerReadRoutes } from './reads/index.js';
import { MULTIPART_PATHS, registerWriteRoutes } from './writes/index.js';

/**
 * The feedback API, mounted at /api/feedback. Reads (public feed, map, statistics, report views, the
 * officer inbox) and writes (reporting, rating, officer actions) live apart; both decide visibility
 * through api/reads/visibility.ts.
 */
export function createFeedbackApi(ctx: ModuleContext): OpenAPIHono {
  const api = createModuleApi({ nonJsonPaths: MULTIPART_PATHS });
  registerReadRoutes(api, ctx);
  registerWriteRoutes(api, ctx);
  return api;
}
