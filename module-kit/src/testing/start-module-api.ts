import { Hono } from 'hono';
import type { ModuleContext, ModuleDefinition } from '../contract.js';
import type { Database } from '../db/database.js';
import { migrateSchema } from '../db/migrate.js';
import { silentLogger } from '../logger.js';
import { scopedStorage } from '../files/scoped-storage.js';
import type { FileStorage } from '../files/storage.js';
import { temporaryFileStorage } from '../files/temporary-storage.js';
import { notFoundProblem, problemErrorHandler } from '../problem.js';
import { openTestDatabase } from './test-database.js';
import type { Caller } from '../auth/caller.js';
import { authenticate } from '../auth/middleware.js';
import type { TokenVerifier } from '../auth/token-verifier.js';

/** Where `request(…, { as })` hands its caller to the middleware: the per-request env bindings. */
interface HarnessBindings {
  harnessCaller?: Caller;
}

/** Per-request options of the harness. */
export interface HarnessRequestOptions {
  /**
   * Act as this caller, set straight into the request context: no token is made or checked. For
   * business-logic tests only (who may do what, what gets recorded); it proves nothing about
   * authentication. Tests that claim to test sign-on use real tokens from the gateway's provider.
   */
  as?: Caller;
}

export interface ModuleApiHarness {
  /**
   * Sends a request to the module API as the gateway mounts it, e.g. request('/api/hotlines/lines').
   * Without `as` the request is anonymous (unless `verifier` was given and it carries a token).
   */
  request(path: string, init?: RequestInit, options?: HarnessRequestOptions): Promise<Response>;
  app: Hono;
  database: Database;
  context: ModuleContext;
  close(): Promise<void>;
}

/**
 * Starts one module's API on a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is
 * set), with its migrations applied and, unless `seed: false`, its sample data.
 * @example
 * const api = await startModuleApi(hotlines);
 * const res = await api.request('/api/hotlines/lines');
 * const admin = callerFromClaims({ sub: 'admin-1', roles: ['admin'] });
 * await api.request('/api/hotlines/facilities', { method: 'POST', … }, { as: admin });
 */
export async function startModuleApi(
  definition: ModuleDefinition,
  options: {
    seed?: boolean;
    /** Verify bearer tokens as the gateway does (e.g. with a verifier for the gateway's provider). */
    verifier?: TokenVerifier;
    /** The store behind ctx.files (scoped to '<id>/'); default a temporary folder deleted by close(). */
    files?: FileStorage;
  } = {},
): Promise<ModuleApiHarness> {
  const database = await openTestDatabase();
  const { storage, remove } = options.files
    ? { storage: options.files, remove: async () => {} }
    : await temporaryFileStorage();
  const context: ModuleContext = { db: database.db, log: silentLogger, files: scopedStorage(storage, definition.id) };
  const close = async (): Promise<void> => {
    await database.close();
    await remove();
  };
  try {
    if (definition.db) {
      await migrateSchema(database, definition.db);
      if (options.seed !== false) await definition.db.seed?.(context);
    }
  } catch (error) {
    await close();
    throw error;
  }
  const app = new Hono();
  app.notFound(notFoundProblem);
  app.onError(problemErrorHandler());
  if (options.verifier) app.use('*', authenticate(options.verifier));
  app.use('*', async (c, next) => {
    const caller = (c.env as HarnessBindings | undefined)?.harnessCaller;
    if (caller) c.set('caller', caller);
    return next();
  });
  if (definition.api) app.route(`/api/${definition.id}`, definition.api(context));
  return {
    app,
    database,
    context,
    request: async (path, init, requestOptions) => app.request(path, init, { harnessCaller: requestOptions?.as } satisfies HarnessBindings),
    close,
  };
}
