import { Hono } from 'hono';
import type { ModuleContext, ModuleDefinition } from '../contract.js';
import type { Database } from '../db/database.js';
import { migrateSchema } from '../db/migrate.js';
import { silentLogger } from '../logger.js';
import { notFoundProblem, problemErrorHandler } from '../problem.js';
import { openTestDatabase } from './test-database.js';

export interface ModuleApiHarness {
  /** Sends a request to the module API as the gateway mounts it, e.g. request('/api/hotlines/lines'). */
  request(path: string, init?: RequestInit): Promise<Response>;
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
 */
export async function startModuleApi(
  definition: ModuleDefinition,
  options: { seed?: boolean } = {},
): Promise<ModuleApiHarness> {
  const database = await openTestDatabase();
  const context: ModuleContext = { db: database.db, log: silentLogger };
  try {
    if (definition.db) {
      await migrateSchema(database, definition.db);
      if (options.seed !== false) await definition.db.seed?.(context);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = new Hono();
  app.notFound(notFoundProblem);
  app.onError(problemErrorHandler());
  if (definition.api) app.route(`/api/${definition.id}`, definition.api(context));
  return {
    app,
    database,
    context,
    request: async (path, init) => app.request(path, init),
    close: () => database.close(),
  };
}
