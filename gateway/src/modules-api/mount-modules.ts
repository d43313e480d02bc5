import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db, FileStorage, Logger, ModuleDefinition } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';
import { moduleProxy } from './module-proxy.js';

/**
 * Mounts each module's API at /api/<id> with app.route, so its zod-openapi paths merge into the
 * gateway's document. A module listed in `moduleApiUrls` is proxied instead: the proxy is registered
 * first and answers every request, while the mounted sub-app then only lends its route definitions
 * to the OpenAPI document (it is built, never called).
 */
export function mountModuleApis(
  app: OpenAPIHono<GatewayEnv>,
  options: {
    modules: readonly ModuleDefinition[];
    db: Db;
    log: Logger;
    moduleApiUrls: Record<string, string>;
    /** The module's own file store (see moduleFileStorage). */
    filesOf: (moduleId: string) => FileStorage;
  },
): void {
  for (const definition of options.modules) {
    if (!definition.api) continue;
    const upstream = options.moduleApiUrls[definition.id];
    if (upstream) {
      const forward = moduleProxy(definition.id, upstream);
      app.all(`/api/${definition.id}`, forward);
      app.all(`/api/${definition.id}/*`, forward);
    }
    const api = definition.api({
      db: options.db,
      log: options.log.child({ module: definition.id }),
      files: options.filesOf(definition.id),
    });
    app.route(`/api/${definition.id}`, api);
  }
}
