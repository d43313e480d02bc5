import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProblemError, openDatabase, type ModuleDefinition } from '@portal/module-kit';
import { resolveConfig, type GatewayConfig } from '../config.js';
import { migrateAll, rootMessage } from '../db/migrate-all.js';
import { PLATFORM_SCHEMA } from '../db/platform-schema.js';
import { rotateSigningKey } from '../identity/identity-keys.js';
import { ROTATION_NOTE } from '../identity/keys-admin-routes.js';
import { readOperatorToken } from '../operator/operator-token.js';
import { ModuleAdmin, type ModuleStatus } from '../registry/module-admin.js';
import { RemoteStore, readRemoteInfo } from '../remotes/remote-store.js';
import { StartupError } from '../startup-error.js';
import { CliError } from './cli-error.js';
import { formatTable } from './format-table.js';
import { HttpAdmin, type KeyActions, type RegistryActions } from './http-admin.js';

export const USAGE = `Usage: pnpm portal modules <command>
       pnpm portal keys rotate


  list                                  every registry row: id, version, enabled, order, entry
  enable <id>                           show the module to its audience
  disable <id>                          hide the module from everyone
  publish <id> [--from <dir>]           copy a build (default: the module's dist) into the remote
                                        store and point the registry at its version
  publish <id> --version <version>      point the registry at a version already in the store (rollback)

  keys rotate                           new signing key for the embedded sign-on provider; gateways use
                                        it from their next start, the old key verifies for 24 hours more

Talks to the running gateway (PORTAL_URL, default http://127.0.0.1:$PORT or 3000) when it answers,
using the token in $DATA_DIR/operator-token (or OPERATOR_TOKEN); otherwise opens the database itself.`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

type Env = Record<string, string | undefined>;
type CliOptions = { env: Env; io: CliIo; loadModules: () => Promise<readonly ModuleDefinition[]> };

/** Runs one CLI command; returns the exit code (0 done, 1 failed, 2 wrong usage). */
export async function runCli(
  argv: readonly string[],
  options: CliOptions,
): Promise<number> {
  const { io } = options;
  const [group, command, ...rest] = argv;
  if (group === 'keys' && command === 'rotate' && rest.length === 0) return rotateKeys(options);
  if (group !== 'modules' || !command || command === '--help' || command === 'help') {
    io.err(USAGE);
    return 2;
  }
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(command, rest);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  return withConnection(options, async (connection, config, modules) =>
    io.out(await execute(parsed, connection.actions, config, modules)),
  );
}

function rotateKeys(options: CliOptions): Promise<number> {
  return withConnection(options, async (connection) => {
    const { kid } = await connection.keys.rotateKeys();
    options.io.out(`New signing key ${kid}. ${ROTATION_NOTE}`);
  });
}

/** Connects (through the running gateway, or to the database), runs `work`, and turns errors into exit code 1. */
async function withConnection(
  options: CliOptions,
  work: (connection: Connection, config: ReturnType<typeof resolveConfig>, modules: readonly ModuleDefinition[]) => Promise<void>,
): Promise<number> {
  let connection: Connection | undefined;
  try {
    const config = resolveConfig({}, options.env);
    const modules = await options.loadModules();
    connection = await connect(config, modules, options.env);
    options.io.err(`Using ${connection.via}.`);
    await work(connection, config, modules);
    return 0;
  } catch (error) {
    options.io.err(`Error: ${describe(error)}`);
    return 1;
  } finally {
    await connection?.close();
  }
}

type ParsedArgs =
  | { command: 'list' }
  | { command: 'enable' | 'disable'; id: string }
  | { command: 'publish'; id: string; from?: string; version?: string };

function parseArgs(command: string, rest: readonly string[]): ParsedArgs {
  if (command === 'list') {
    if (rest.length > 0) throw new CliError('"list" takes no arguments.');
    return { command };
  }
  if (command === 'enable' || command === 'disable') {
    if (rest.length !== 1) throw new CliError(`"${command}" takes exactly one module id.`);
    return { command, id: rest[0]! };
  }
  if (command === 'publish') {
    const [id, ...flags] = rest;
    if (!id || id.startsWith('--')) throw new CliError('"publish" needs a module id.');
    const args: ParsedArgs = { command, id };
    for (let i = 0; i < flags.length; i += 2) {
      const value = flags[i + 1];
      if (value === undefined) throw new CliError(`${flags[i]} needs a value.`);
      if (flags[i] === '--from') args.from = value;
      else if (flags[i] === '--version') args.version = value;
      else throw new CliError(`Unknown option ${flags[i]}.`);
    }
    return args;
  }
  throw new CliError(`Unknown command "modules ${command}".`);
}

async function execute(
  args: ParsedArgs,
  actions: RegistryActions,
  config: GatewayConfig,
  modules: readonly ModuleDefinition[],
): Promise<string> {
  switch (args.command) {
    case 'list':
      return formatStatusTable(await actions.list());
    case 'enable':
    case 'disable': {
      const status = await actions.setEnabled(args.id, args.command === 'enable');
      return `Module "${status.id}" is now ${status.enabled ? 'enabled' : 'disabled'}.`;
    }
    case 'publish': {
      const version = args.from || !args.version ? await copyBuild(args, config, modules) : args.version;
      const status = await actions.publish(args.id, version);
      return `Published "${status.id}" version ${status.version} (entry ${status.entry}).`;
    }
  }
}

/** Copies a build into REMOTES_DIR/<id>/<version>/ and returns its version. */
async function copyBuild(
  args: { id: string; from?: string; version?: string },
  config: GatewayConfig,
  modules: readonly ModuleDefinition[],
): Promise<string> {
  let dir = args.from && resolve(args.from);
  if (!dir) {
    const definition = modules.find((module) => module.id === args.id);
    if (!definition) throw new CliError(`Unknown module "${args.id}" (installed: ${modules.map((m) => m.id).join(', ') || 'none'}).`);
    if (!definition.ui) throw new CliError(`Module "${args.id}" has no UI to publish.`);
    dir = definition.ui.distFolder;
  }
  const info = await readRemoteInfo(dir).catch((error: Error) => {
    throw new CliError(error.message);
  });
  if (!info) throw new CliError(`No module build in ${dir} (portal-remote.json missing); build the module first.`);
  if (info.id !== args.id) throw new CliError(`${dir} holds a build of "${info.id}", not "${args.id}".`);
  if (args.version && args.version !== info.version) {
    throw new CliError(`${dir} holds version ${info.version}, not ${args.version}.`);
  }
  await new RemoteStore(config.remotesDir).copyIn(dir, info.id, info.version);
  return info.version;
}

export function formatStatusTable(rows: readonly ModuleStatus[]): string {
  if (rows.length === 0) return 'No modules in the registry yet (start the gateway once, or publish one).';
  return formatTable(
    ['ID', 'VERSION', 'ENABLED', 'ORDER', 'ENTRY'],
    rows.map((row) => [
      row.installed ? row.id : `${row.id} (not installed)`,
      row.version,
      row.enabled ? 'yes' : 'no',
      String(row.order),
      row.entry,
    ]),
  );
}

interface Connection {
  actions: RegistryActions;
  keys: KeyActions;
  via: string;
  close(): Promise<void>;
}

/** Through the running gateway when one answers (PGlite allows one process), else the database itself. */
async function connect(config: GatewayConfig, modules: readonly ModuleDefinition[], env: Env): Promise<Connection> {
  const url = (env.PORTAL_URL || `http://127.0.0.1:${env.PORT || 3000}`).replace(/\/+$/, '');
  if (await answersHealth(url)) {
    const token = env.OPERATOR_TOKEN || (await readOperatorToken(config.dataDir));
    if (!token) {
      throw new CliError(
        `A gateway answers at ${url}, but there is no operator token in ${join(config.dataDir, 'operator-token')}; ` +
          'run the CLI with the gateway\'s DATA_DIR or set OPERATOR_TOKEN.',
      );
    }
    const http = new HttpAdmin(url, token);
    return { actions: http, keys: http, via: `the gateway at ${url}`, close: async () => {} };
  }
  if (!config.databaseUrl && (await readOperatorToken(config.dataDir))) {
    // PGlite allows one process: opening the folder beside a running gateway would corrupt it.
    throw new CliError(
      `A gateway seems to be using ${config.dataDir} (its operator-token file exists) but does not answer at ${url}. ` +
        `Set PORTAL_URL to its address; if it is no longer running, delete ${join(config.dataDir, 'operator-token')}.`,
    );
  }
  const database = await openCliDatabase(config);
  try {
    await migrateAll(database, [{ label: 'Platform', ...PLATFORM_SCHEMA }]);
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    actions: new ModuleAdmin(database.db, new RemoteStore(config.remotesDir), modules),
    keys: { rotateKeys: async () => ({ kid: await rotateSigningKey(database.db) }) },
    via: `the database directly (${database.location})`,
    close: () => database.close(),
  };
}

async function openCliDatabase(config: GatewayConfig) {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl, maxConnections: 2 });
  const dataDir = join(config.dataDir, 'pglite');
  await mkdir(dataDir, { recursive: true });
  return openDatabase({ dataDir });
}

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1500) });
    return response.ok;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  if (error instanceof ProblemError) return error.problem.detail ?? error.problem.title;
  if (error instanceof CliError || error instanceof StartupError) return error.message;
  return rootMessage(error);
}
