import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import hotlines from '@portal/hotlines/module';
import type { RegistryEntry } from '@portal/module-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedModules } from '../modules.js';
import { writeFakeRemote } from '../test-support/fake-builds.js';
import { runTsx } from '../test-support/run-tsx.js';
import { freshDatabaseUrl, tempDirs } from '../test-support/temp-dirs.js';
import { START_TIMEOUT, startTestGateway } from '../test-support/test-gateway.js';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
/** Nothing listens on the discard port, so the CLI falls back to opening the database itself. */
const NO_GATEWAY = 'http://127.0.0.1:9';

describe('pnpm portal modules … (gateway/src/cli.ts)', () => {
  const dirs = tempDirs();
  afterAll(() => dirs.cleanup());

  describe('without a running gateway: straight to the database', () => {
    let env: Record<string, string | undefined>;
    let builds: string;
    let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
    const cli = (...args: string[]) => runTsx(CLI, ['modules', ...args], env);

    beforeAll(async () => {
      const dataDir = await dirs.make();
      builds = await dirs.make();
      database = await freshDatabaseUrl();
      env = { DATA_DIR: dataDir, PORTAL_URL: NO_GATEWAY, DATABASE_URL: database.url ?? '', OPERATOR_TOKEN: '' };
      await writeFakeRemote(join(builds, 'v0.2.0'), { id: 'hotlines', version: '0.2.0' });
      await writeFakeRemote(join(builds, 'bad'), { id: 'hotlines', version: '0.2' });
    }, START_TIMEOUT);
    afterAll(() => database?.drop());

    it('publishes a build into the store and lists it', async () => {
      const empty = await cli('list');
      expect(empty.code).toBe(0);
      expect(empty.stderr).toContain('Using the database directly');
      expect(empty.stdout).toContain('No modules in the registry yet');

      const published = await cli('publish', 'hotlines', '--from', join(builds, 'v0.2.0'));
      expect(published.code).toBe(0);
      expect(published.stdout).toContain('Published "hotlines" version 0.2.0 (entry /m/hotlines/0.2.0/mf-manifest.json)');
      await access(join(env.DATA_DIR!, 'remotes', 'hotlines', '0.2.0', 'remoteEntry.js'));

      const listed = await cli('list');
      const [header, row] = listed.stdout.trim().split('\n');
      expect(header!.split(/\s+/)).toEqual(['ID', 'VERSION', 'ENABLED', 'ORDER', 'ENTRY']);
      expect(row!.split(/\s+/)).toEqual(['hotlines', '0.2.0', 'yes', String(hotlines.order), '/m/hotlines/0.2.0/mf-manifest.json']);
    }, START_TIMEOUT);

    it('disables and enables a module', async () => {
      const disabled = await cli('disable', 'hotlines');
      expect(disabled.code).toBe(0);
      expect(disabled.stdout.trim()).toBe('Module "hotlines" is now disabled.');
      expect((await cli('list')).stdout).toMatch(/hotlines\s+0\.2\.0\s+no/);
      expect((await cli('enable', 'hotlines')).stdout.trim()).toBe('Module "hotlines" is now enabled.');
    }, START_TIMEOUT);

    it.each([
      [['enable', 'nope'], `Error: Unknown module "nope" (installed modules: ${installedModules.map((m) => m.id).join(', ')}).`],
      [['publish', 'hotlines', '--version', '9.9.9'], 'Error: Version 9.9.9 of "hotlines" is not in the remote store'],
      [['publish', 'hotlines', '--version', 'banana'], 'Error: "banana" is not a semver version'],
      [['publish', 'hotlines', '--from', '/no/such/folder'], 'Error: No module build in /no/such/folder'],
    ])('fails with a clear message for modules %j', async (args, message) => {
      const result = await cli(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
    }, START_TIMEOUT);

    it('does not open a PGlite folder that a gateway it cannot reach still holds', async () => {
      const held = await dirs.make();
      await writeFile(join(held, 'operator-token'), 'token-of-a-gateway-elsewhere\n');
      const result = await runTsx(CLI, ['modules', 'list'], { ...env, DATA_DIR: held, DATABASE_URL: '' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`A gateway seems to be using ${held}`);
    }, START_TIMEOUT);

    it('refuses a build whose portal-remote.json has a bad version, and wrong usage', async () => {
      const bad = await cli('publish', 'hotlines', '--from', join(builds, 'bad'));
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('"0.2" is not a semver version');
      const usage = await cli('frobnicate');
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Unknown command "modules frobnicate"');
      expect(usage.stderr).toContain('Usage: pnpm portal modules');
    }, START_TIMEOUT);
  });

  describe('with a running gateway: through its operator endpoints', () => {
    let harness: Awaited<ReturnType<typeof startTestGateway>>;
    let env: Record<string, string | undefined>;
    let build: string;
    const cli = (...args: string[]) => runTsx(CLI, ['modules', ...args], env);
    const listed = async () =>
      ((await (await fetch(`${harness.gateway.url}/api/modules`)).json()) as { modules: RegistryEntry[] }).modules;

    beforeAll(async () => {
      harness = await startTestGateway({ modules: [hotlines], seed: false });
      env = { DATA_DIR: harness.setup.dataDir, PORTAL_URL: harness.gateway.url, DATABASE_URL: '', OPERATOR_TOKEN: '' };
      build = join(await dirs.make(), 'hotlines-0.3.0');
      await writeFakeRemote(build, { id: 'hotlines', version: '0.3.0' });
    }, START_TIMEOUT);
    afterAll(() => harness?.close());

    it('publishes, disables and lists while the gateway holds the database', async () => {
      const published = await cli('publish', 'hotlines', '--from', build);
      expect(published.stderr).toContain(`Using the gateway at ${harness.gateway.url}`);
      expect(published.code).toBe(0);
      expect(await listed()).toMatchObject([{ id: 'hotlines', version: '0.3.0', remote: { entry: '/m/hotlines/0.3.0/mf-manifest.json' } }]);
      expect((await fetch(`${harness.gateway.url}/m/hotlines/0.3.0/remoteEntry.js`)).status).toBe(200);

      expect((await cli('disable', 'hotlines')).code).toBe(0);
      expect(await listed()).toEqual([]);
      expect((await cli('list')).stdout).toMatch(/hotlines\s+0\.3\.0\s+no/);
      expect((await cli('enable', 'hotlines')).code).toBe(0);
    }, START_TIMEOUT);

    it('says so when it has no operator token or a wrong one', async () => {
      const noToken = await runTsx(CLI, ['modules', 'list'], { ...env, DATA_DIR: await dirs.make() });
      expect(noToken.code).toBe(1);
      expect(noToken.stderr).toContain(`A gateway answers at ${harness.gateway.url}, but there is no operator token`);

      const wrong = await runTsx(CLI, ['modules', 'disable', 'hotlines'], { ...env, OPERATOR_TOKEN: 'not-the-token' });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('operator token');
      expect(await listed()).toHaveLength(1);
    }, START_TIMEOUT);
  });
});
