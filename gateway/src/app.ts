import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import { notFoundProblem, problemErrorHandler, validationProblemHook, type Db, type ModuleDefinition } from '@portal/module-kit';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config.js';
import { PLATFORM_SCHEMA } from './db/platform-schema.js';
import { apiAuthentication, guardModuleAudiences } from './identity/api-auth.js';
import type { Identity } from './identity/identity.js';
import { mountKeyAdminRoutes } from './identity/keys-admin-routes.js';
import { mountIdentityRoutes } from './identity/mount-identity.js';
import { OIDC_PATHS } from './identity/oidc-paths.js';
import { mountDirectoryRoutes } from './directory/directory-routes.js';
import { mountHealthRoutes } from './health-routes.js';
import { requestContext, type GatewayEnv } from './middleware/request-context.js';
import { securityHeaders } from './middleware/security-headers.js';
import { mountModuleApis } from './modules-api/mount-modules.js';
import { moduleFileStorage } from './modules-api/module-files.js';
import { mountNotificationRoutes } from './notifications/notification-routes.js';
import { mountApiDocs } from './openapi/docs-routes.js';
import { mountAdminRoutes } from './registry/admin-routes.js';
import { ModuleAdmin } from './registry/module-admin.js';
import { RegistryCache } from './registry/registry-cache.js';
import { mountRegistryRoutes } from './registry/registry-routes.js';
import { RemoteStore } from './remotes/remote-store.js';
import { staticFiles } from './static/static-routes.js';

export interface GatewayAppDeps {
  config: GatewayConfig;
  db: Db;
  modules: readonly ModuleDefinition[];
  logger: Logger;
  operatorToken: string;
  identity: Identity;
}

/**
 * The gateway as a Hono app, without a server or start-up work (migrations, seeding, remote sync:
 * see openGateway). Order matters: request context and security headers wrap everything, API routes
 * come before the static catch-all.
 */
export function createGatewayApp(deps: GatewayAppDeps): OpenAPIHono<GatewayEnv> {
  const { config, db, modules, logger, identity } = deps;
  const realmPath = `/realms/${config.oidc.realm}`;
  // The shell's silent check-sso iframe loads these two; everything else refuses to be framed.
  const headers = { extraOrigins: config.cspExtraOrigins, frameableBySelf: [`${realmPath}${OIDC_PATHS.authorization}`, '/silent-check-sso.html'] };
  const store = new RemoteStore(config.remotesDir);
  const app = new OpenAPIHono<GatewayEnv>({ defaultHook: validationProblemHook });

  app.use('*', requestContext(logger));
  app.use('*', securityHeaders(headers));
  app.use('/api/*', compress()); // static files come precompressed from the file cache
  app.use('/api/*', apiAuthentication(identity.verifier));
  app.notFound(notFoundProblem);
  app.onError(problemErrorHandler((error, c) => logger.error({ err: error, reqId: c.get('requestId') }, 'unhandled error')));

  const inProcess = modules.filter((module) => !config.moduleApiUrls[module.id]);
  mountHealthRoutes(app, {
    db,
    schemas: [PLATFORM_SCHEMA, ...inProcess.flatMap((module) => (module.db ? [module.db] : []))],
  });
  const registry = new RegistryCache(db);
  mountRegistryRoutes(app, { registry, installed: modules, branding: config.branding, auth: identity.auth });
  const admin = new ModuleAdmin(db, store, modules, () => registry.invalidate());
  mountAdminRoutes(app, { admin, operatorToken: deps.operatorToken });
  if (identity.provider) mountKeyAdminRoutes(app, db);
  mountNotificationRoutes(app, { db });
  mountDirectoryRoutes(app, { db });
  guardModuleAudiences(app, modules);
  mountModuleApis(app, { modules, db, log: logger, moduleApiUrls: config.moduleApiUrls, filesOf: moduleFileStorage(config.fileStorageDir) });
  mountApiDocs(app, { title: `${config.branding.name.en} API`, version: '1' });
  if (identity.provider) {
    mountIdentityRoutes(app, { provider: identity.provider, verifier: identity.verifier, db, realm: config.oidc.realm, publicUrl: identity.auth.url, headers });
  }
  app.get('*', staticFiles({ shellDist: config.shellDist, store }));
  return app;
}
