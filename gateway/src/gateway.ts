import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { openDatabase, type Database, type FileStorage, type ModuleDefinition } from '@portal/module-kit';
import { pino, type Logger } from 'pino';
import { createGatewayApp } from './app.js';
import { resolveConfig, type GatewayConfig, type GatewayOptions } from './config.js';
import { migrateAll, rootMessage } from './db/migrate-all.js';
import { PLATFORM_SCHEMA } from './db/platform-schema.js';
import { startOutboxRelay, type OutboxRelay } from './events/outbox-relay.js';
import { openIdentity, type Identity } from './identity/identity.js';
import type { GatewayEnv } from './middleware/request-context.js';
import { moduleFileStorage } from './modules-api/module-files.js';
import { issueOperatorToken, revokeOperatorToken } from './operator/operator-token.js';
import { syncInstalledModules } from './registry/sync-installed.js';
import { RemoteStore } from './remotes/remote-store.js';
import { StartupError } from './startup-error.js';

/** URL segments under /api the platform itself uses; a module id may not take them. */
const RESERVED_IDS = new Set(['platform', 'modules', 'portal', 'docs', 'openapi.json']);

export interface OpenedGateway {
  app: OpenAPIHono<GatewayEnv>;
  config: GatewayConfig;
  database: Database;
  logger: Logger;
  operatorToken: string;
  /** Sign-on: the embedded provider (or an external realm), the token verifier, keycloak-js settings. */
  identity: Identity;
  /** Delivers modules' outbox events (notifications, subscribers); tests call relay.flush() instead of waiting. */
  relay: OutboxRelay;
  /** Releases the database and the operator token; does not stop a server (see startGateway). */
  close(): Promise<void>;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** The opened gateway behind the server (database, identity), for tests and tools in the same process. */
  opened: OpenedGateway;
  close(): Promise<void>;
}

/**
 * Everything before listening: opens the database, applies platform's then each in-process module's
 * migrations, seeds sample data when asked, copies built module UIs into the remote store and syncs
 * the registry, issues the operator token, and builds the app. Throws StartupError with an operator-
 * readable message when any of it fails.
 */
export async function openGateway(options: GatewayOptions = {}, listening: { url?: string } = {}): Promise<OpenedGateway> {
  const config = resolveConfig(options);
  // The issuer is <PUBLIC_URL>/realms/<realm>; without PUBLIC_URL, the URL the server listens on.
  const publicUrl = config.publicUrl ?? listening.url ?? `http://${urlHost(config.host)}:${config.port}`;
  const modules = options.modules ?? (await import('./modules.js')).installedModules;
  checkModules(modules, config);
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'gateway' } });
  const database = await openGatewayDatabase(config);
  try {
    const inProcess = modules.filter((module) => !config.moduleApiUrls[module.id]);
    await migrateAll(database, [
      { label: 'Platform', ...PLATFORM_SCHEMA },
      ...inProcess.flatMap((module) => (module.db ? [{ label: `Module "${module.id}"`, ...module.db }] : [])),
    ]);
    if (config.seed) await seedModules(database, inProcess, logger, moduleFileStorage(config.fileStorageDir));
    await syncInstalledModules(database.db, new RemoteStore(config.remotesDir), modules, logger);
    const identity = await openIdentity({ db: database.db, oidc: config.oidc, publicUrl, demoAccounts: config.demoAccounts, logger });
    const operatorToken = await issueOperatorToken(config.dataDir, config.operatorToken);
    const app = createGatewayApp({ config, db: database.db, modules, logger, operatorToken, identity });
    const eventFiles = moduleFileStorage(config.fileStorageDir);
    const relay = startOutboxRelay({
      db: database.db,
      modules: inProcess,
      log: logger.child({ component: 'events' }),
      intervalMs: options.eventRelayIntervalMs,
      contextFor: (module) => ({ db: database.db, log: logger.child({ module: module.id }), files: eventFiles(module.id) }),
    });
    return {
      app,
      config,
      database,
      logger,
      operatorToken,
      identity,
      relay,
      async close() {
        await relay.stop();
        await revokeOperatorToken(config.dataDir, operatorToken);
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Starts the gateway and listens (port 0 = a free port).
 * @example
 * const gateway = await startGateway({ port: 0, dataDir: tmp, seed: false });
 * await fetch(`${gateway.url}/api/modules`);
 * await gateway.close();
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const { port: wanted, host } = resolveConfig(options);
  // Listen first: with port 0 the URL (hence the default issuer) is known only then. Until the app
  // is ready, requests get a bare 503.
  const ready: { app?: OpenedGateway['app'] } = {};
  const server = createAdaptorServer({
    fetch: (request, env) => (ready.app ? ready.app.fetch(request, env) : new Response(null, { status: 503 })),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wanted, host, () => resolve());
    });
  } catch (error) {
    throw new StartupError(`Cannot listen on ${host}:${wanted}: ${rootMessage(error)}.`, { cause: error });
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  let opened: OpenedGateway;
  try {
    opened = await openGateway(options, { url });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  ready.app = opened.app;
  opened.logger.info({ url, database: opened.database.location }, 'gateway listening');
  return {
    url,
    port,
    opened,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await opened.close();
    },
  };
}

async function openGatewayDatabase(config: GatewayConfig): Promise<Database> {
  try {
    if (config.databaseUrl) return await openDatabase({ databaseUrl: config.databaseUrl });
    const dataDir = join(config.dataDir, 'pglite');
    await mkdir(dataDir, { recursive: true });
    return await openDatabase({ dataDir });
  } catch (error) {
    const where = config.databaseUrl ? 'DATABASE_URL' : `${config.dataDir}/pglite`;
    throw new StartupError(`Cannot open the database (${where}): ${rootMessage(error)}.`, { cause: error });
  }
}

async function seedModules(
  database: Database,
  modules: readonly ModuleDefinition[],
  logger: Logger,
  filesOf: (moduleId: string) => FileStorage,
): Promise<void> {
  for (const module of modules) {
    if (!module.db?.seed) continue;
    try {
      await module.db.seed({ db: database.db, log: logger.child({ module: module.id }), files: filesOf(module.id) });
    } catch (error) {
      throw new StartupError(`Module "${module.id}": sample data (seed) failed: ${rootMessage(error)}.`, { cause: error });
    }
  }
}

function checkModules(modules: readonly ModuleDefinition[], config: GatewayConfig): void {
  const seen = new Set<string>();
  for (const module of modules) {
    if (RESERVED_IDS.has(module.id)) throw new StartupError(`Module id "${module.id}" is reserved by the platform.`);
    if (seen.has(module.id)) throw new StartupError(`Module "${module.id}" is installed twice.`);
    seen.add(module.id);
  }
  for (const id of Object.keys(config.moduleApiUrls)) {
    if (!seen.has(id)) throw new StartupError(`MODULE_API_URLS names "${id}", which is not an installed module.`);
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
