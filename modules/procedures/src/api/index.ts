import type { OpenAPIHono } from '@hono/zod-openapi';
import { createModuleApi, type ModuleContext } from '@portal/module-kit';
import { registerCatalogRoutes } from './catalog/index.js';
import { DOSSIER_MULTIPART_PATHS, registerDossierRoutes } from './dossiers/index.js';
import { registerOfficeRoutes } from './office/index.js';
import { registerPublicRoutes } from './public/index.js';

/**
 * The procedures API, mounted at /api/procedures: the catalog (public), the applicant's dossiers, the
 * one-stop desk (officers of the handling agency), and public lookup, result verification and statistics.
 * Every route decides who sees a dossier with domain/visibility.ts.
 */
export function createProceduresApi(ctx: ModuleContext): OpenAPIHono {
  const api = createModuleApi({ nonJsonPaths: DOSSIER_MULTIPART_PATHS });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token from the portal sign-on (audience portal-api).',
  });
  registerCatalogRoutes(api, ctx);
  registerDossierRoutes(api, ctx);
  registerOfficeRoutes(api, ctx);
  registerPublicRoutes(api, ctx);
  return api;
}
