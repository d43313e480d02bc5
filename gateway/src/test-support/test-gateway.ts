import { join } from 'node:path';
import type { ModuleDefinition } from '@portal/module-kit';
import type { GatewayOptions } from '../config.js';
import { openGateway, startGateway, type OpenedGateway, type RunningGateway } from '../gateway.js';
import { writeFakeRemote, writeFakeShell } from './fake-builds.js';
import { notesModule } from './fixture-modules.js';
import { freshDatabaseUrl, tempDirs } from './temp-dirs.js';

/** PGlite start plus migrations take a few seconds on this machine; hooks need more than the default. */
export const START_TIMEOUT = 60_000;

export interface TestGatewaySetup {
  dataDir: string;
  shellDist: string;
  /** The notes fixture's dist folder (a fake remote build at version 0.1.0). */
  notesDist: string;
  databaseUrl: string | undefined;
  modules: ModuleDefinition[];
  options(extra?: GatewayOptions): GatewayOptions;
  cleanup(): Promise<void>;
}

/**
 * Temp folders (data dir, fake shell build, fake notes remote build) and, with TEST_DATABASE_URL, a
 * fresh PostgreSQL database: everything a gateway under test needs, nothing shared between files.
 */
export async function prepareTestGateway(): Promise<TestGatewaySetup> {
  const dirs = tempDirs();
  const root = await dirs.make();
  const shellDist = join(root, 'shell-dist');
  const notesDist = join(root, 'notes-dist');
  await writeFakeShell(shellDist);
  await writeFakeRemote(notesDist, { id: 'notes', version: '0.1.0' });
  const database = await freshDatabaseUrl();
  const modules = [notesModule({ distFolder: notesDist })];
  const dataDir = join(root, 'data');
  return {
    dataDir,
    shellDist,
    notesDist,
    databaseUrl: database.url,
    modules,
    options: (extra = {}) => ({
      port: 0,
      dataDir,
      shellDist,
      modules,
      logLevel: 'silent',
      seed: true,
      // scrypt-hashing 11 demo passwords costs CPU; tests that sign in ask for them
      demoAccounts: false,
      moduleApiUrls: {},
      cspExtraOrigins: [],
      eventRelayIntervalMs: 0, // deterministic: tests deliver events with gateway.relay.flush()
      ...(database.url ? { databaseUrl: database.url } : {}),
      ...extra,
    }),
    async cleanup() {
      await database.drop();
      await dirs.cleanup();
    },
  };
}

/** A gateway started from a fresh setup, and a close() that stops it and removes the setup. */
async function fromFreshSetup<G extends { close(): Promise<void> }>(
  start: (options: GatewayOptions) => Promise<G>,
  extra?: GatewayOptions,
): Promise<{ setup: TestGatewaySetup; gateway: G; close(): Promise<void> }> {
  const setup = await prepareTestGateway();
  const gateway = await start(setup.options(extra));
  return {
    setup,
    gateway,
    async close() {
      await gateway.close();
      await setup.cleanup();
    },
  };
}

/** An opened (not listening) gateway for app.request tests, plus its setup. */
export const openTestGateway = (extra?: GatewayOptions) => fromFreshSetup<OpenedGateway>(openGateway, extra);

/** A listening gateway on a free port, plus its setup. */
export const startTestGateway = (extra?: GatewayOptions) => fromFreshSetup<RunningGateway>(startGateway, extra);
