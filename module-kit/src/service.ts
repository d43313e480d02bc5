import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import type { ModuleContext, ModuleDefinition } from './contract.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateSchema } from './db/migrate.js';
import { silentLogger, type Logger } from './logger.js';
import { localFileStorage } from './files/local-storage.js';
import { scopedStorage } from './files/scoped-storage.js';
import type { FileStorage } from './files/storage.js';
import { temporaryFileStorage } from './files/temporary-storage.js';
import { notFoundProblem, problemErrorHandler } from './problem.js';
import { authenticate } from './auth/middleware.js';
import { InvalidTokenError, createTokenVerifier, type TokenVerifier, type TokenVerifierOptions } from './auth/token-verifier.js';

export interface ModuleServiceOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** postgres://… (node-postgres); when unset, PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder; default 'memory://' (nothing kept across restarts). */
  dataDir?: string;
  /** Run the module's sample data after migrations; default on unless NODE_ENV=production. */
  seed?: boolean;
  log?: Logger;
  /**
   * How access tokens are verified, the same way the gateway does. Default: from env OIDC_ISSUER,
   * OIDC_AUDIENCE (default portal-api) and OIDC_JWKS_URI. Without an issuer every bearer token is
   * refused with 401 (anonymous requests still reach public routes), and a warning is logged.
   */
  auth?: Partial<TokenVerifierOptions> | TokenVerifier;
  /**
   * Where the module's files go (it sees them under '<id>/'). Default: a local folder, env
   * FILE_STORAGE_DIR, else <dataDir>/files, else (in-memory database) a temporary folder removed on close.
   */
  files?: FileStorage;
}

export interface RunningModuleService {
  url: string;
  port: number;
  database: Database;
  close(): Promise<void>;
}

/**
 * Runs one module's API as its own service: the same sub-app the gateway mounts in-process, at the
 * same /api/<id> prefix, so the gateway can proxy to it unchanged (MODULE_API_URLS). Applies the
 * module's migrations, answers errors as problem+json, and serves /healthz.
 * @example
 * const service = await startModuleService(hotlines, { port: 4101, databaseUrl: process.env.DATABASE_URL });
 */
export async function startModuleService(
  definition: ModuleDefinition,
  options: ModuleServiceOptions,
): Promise<RunningModuleService> {
  if (!definition.api) throw new Error(`module "${definition.id}" has no API to serve`);
  const log = (options.log ?? silentLogger).child({ module: definition.id });
  const database = await openDatabase(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir ?? 'memory://' },
  );
  let closeStorage = async (): Promise<void> => {};
  try {
    const storage = await serviceFileStorage(options, log);
    closeStorage = storage.close;
    const context: ModuleContext = { db: database.db, log, files: scopedStorage(storage.files, definition.id) };
    if (definition.db) {
      await migrateSchema(database, definition.db);
      if (options.seed ?? process.env.NODE_ENV !== 'production') await definition.db.seed?.(context);
    }
    const app = new Hono();
    app.use('*', echoRequestId());
    app.notFound(notFoundProblem);
    app.onError(problemErrorHandler((error) => log.error({ err: error }, 'unhandled error')));
    app.get('/healthz', (c) => c.json({ status: 'ok', module: definition.id }));
    app.use(`/api/${definition.id}/*`, authenticate(tokenVerifier(options.auth, log)));
    app.route(`/api/${definition.id}`, definition.api(context));

    const server = createAdaptorServer({ fetch: app.fetch });
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    log.info({ url }, 'module service listening');
    return {
      url,
      port,
      database,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await database.close();
        await closeStorage();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    await closeStorage().catch(() => undefined);
    throw error;
  }
}

/** The store from options, FILE_STORAGE_DIR or the data folder; a throwaway folder when nothing is kept anyway. */
async function serviceFileStorage(
  options: ModuleServiceOptions,
  log: Logger,
): Promise<{ files: FileStorage; close: () => Promise<void> }> {
  const none = async (): Promise<void> => {};
  if (options.files) return { files: options.files, close: none };
  const folder =
    process.env.FILE_STORAGE_DIR?.trim() ||
    (options.dataDir && !options.dataDir.startsWith('memory://') ? join(options.dataDir, 'files') : undefined);
  if (folder) return { files: localFileStorage(folder), close: none };
  const temporary = await temporaryFileStorage();
  log.warn({ folder: temporary.folder }, 'FILE_STORAGE_DIR is not set: files go to a temporary folder removed on close');
  return { files: temporary.storage, close: temporary.remove };
}

/** Keeps the gateway's X-Request-Id on the answer, so one id follows a request across both hops. */
function echoRequestId(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const id = c.req.header('x-request-id');
    if (id && /^[A-Za-z0-9._:-]{1,128}$/.test(id)) c.res.headers.set('X-Request-Id', id);
  };
}

/** The verifier from options or env; one that refuses every token when no issuer is configured. */
function tokenVerifier(auth: ModuleServiceOptions['auth'], log: Logger): TokenVerifier {
  if (auth && 'verify' in auth) return auth;
  const issuer = auth?.issuer ?? process.env.OIDC_ISSUER;
  const audience = auth?.audience ?? process.env.OIDC_AUDIENCE ?? 'portal-api';
  const jwksUri = auth?.jwksUri ?? process.env.OIDC_JWKS_URI;
  if (!issuer) {
    log.warn({}, 'OIDC_ISSUER is not set: bearer tokens are refused, only anonymous requests are served');
    return {
      verify: async () => {
        throw new InvalidTokenError('This service has no token issuer configured (OIDC_ISSUER).');
      },
    };
  }
  return createTokenVerifier({ ...auth, issuer, audience, ...(jwksUri ? { jwksUri } : {}) });
}
