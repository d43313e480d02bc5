import type { Hono, MiddlewareHandler } from 'hono';
import { authenticate, getCaller, notFoundProblem, type ModuleDefinition, type TokenVerifier } from '@portal/module-kit';

/**
 * Verifies the bearer token of every /api/* request (module-kit's authenticate: no header =
 * anonymous, a bad token = 401) and exposes the caller's roles to the registry. Operator routes
 * (/api/platform/*) carry the operator token instead and are left to their own check.
 */
export function apiAuthentication(verifier: TokenVerifier): MiddlewareHandler {
  const verify = authenticate(verifier);
  return async (c, next) => {
    if (c.req.path.startsWith('/api/platform/')) return next();
    return verify(c, async () => {
      const caller = getCaller(c);
      if (caller) c.set('roles', caller.roles);
      await next();
    });
  };
}

/**
 * A module's API answers 404 (as if it did not exist) to callers outside its audience, before the
 * module runs, in-process or proxied alike.
 * @example guardModuleAudiences(app, installedModules) // before mountModuleApis
 */
export function guardModuleAudiences(app: Hono<any>, modules: readonly ModuleDefinition[]): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const module of modules) {
    const audience = module.audience;
    if (audience === 'public' || !module.api) continue;
    const guard: MiddlewareHandler = async (c, next) => {
      const caller = getCaller(c);
      if (caller && audience.some((role) => caller.roles.has(role))) return next();
      return notFoundProblem(c); // the same answer as a route that does not exist
    };
    app.use(`/api/${module.id}`, guard);
    app.use(`/api/${module.id}/*`, guard);
  }
}
