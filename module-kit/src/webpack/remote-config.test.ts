import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration, type Stats } from 'webpack';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteConfig } from './remote-config.js';
import { SHARED_FACADES } from './shared.js';

const root = mkdtempSync(path.join(tmpdir(), 'portal-remote-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A module package with a stand-in react-router that has every name the facade re-exports. */
beforeAll(() => {
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ name: '@portal/demo', version: '1.2.3', type: 'module', dependencies: { 'react-router': '7.18.7' } }),
  );
  const facade = readFileSync(SHARED_FACADES['react-router']!.file, 'utf8');
  const names = [...facade.matchAll(/^\s+(\w+),$/gm)].map((match) => match[1]);
  const router = path.join(root, 'node_modules', 'react-router');
  mkdirSync(router, { recursive: true });
  writeFileSync(
    path.join(router, 'package.json'),
    JSON.stringify({ name: 'react-router', version: '7.18.7', type: 'module', sideEffects: false, exports: { '.': { import: './index.mjs' } } }),
  );
  const exported = [...names, 'useLoaderData'];
  writeFileSync(path.join(router, 'index.mjs'), exported.map((name) => `export function ${name}() { return '${name}'; }`).join('\n'));
  mkdirSync(path.join(root, 'src', 'ui'), { recursive: true });
  writeFileSync(
    path.join(root, 'src', 'ui', 'App.ts'),
    "import { Link } from 'react-router';\nexport default function App() { return [Link(), __MODULE_VERSION__]; }\n",
  );
  writeFileSync(
    path.join(root, 'src', 'ui', 'Loader.ts'),
    "import { useLoaderData } from 'react-router';\nexport default function Loader() { return useLoaderData(); }\n",
  );
});

afterEach(() => {
  delete process.env.PORTAL_MODULE_VERSION;
  delete process.env.PORTAL_REMOTE_OUT;
});

function build(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats)));
  });
}

function definedVersion(config: Configuration): unknown {
  const define = config.plugins?.find((plugin) => plugin instanceof webpack.DefinePlugin) as webpack.DefinePlugin;
  return define.definitions.__MODULE_VERSION__;
}

describe('createRemoteConfig', () => {
  it('takes the version from the option, else PORTAL_MODULE_VERSION, else package.json', () => {
    expect(definedVersion(createRemoteConfig({ id: 'demo', dir: root }))).toBe('"1.2.3"');
    process.env.PORTAL_MODULE_VERSION = '2.0.0';
    expect(definedVersion(createRemoteConfig({ id: 'demo', dir: root }))).toBe('"2.0.0"');
    expect(definedVersion(createRemoteConfig({ id: 'demo', dir: root, version: '3.0.0' }))).toBe('"3.0.0"');
  });

  it('writes to outputDir, else PORTAL_REMOTE_OUT, else <dir>/dist', () => {
    expect(createRemoteConfig({ id: 'demo', dir: root }).output?.path).toBe(path.join(root, 'dist'));
    process.env.PORTAL_REMOTE_OUT = path.join(root, 'from-env');
    expect(createRemoteConfig({ id: 'demo', dir: root }).output?.path).toBe(path.join(root, 'from-env'));
    expect(createRemoteConfig({ id: 'demo', dir: root, outputDir: 'out' }).output?.path).toBe(path.join(root, 'out'));
  });

  it('shares extra packages a module asks for (a lazily loaded map library), beside the portal singletons', () => {
    const config = createRemoteConfig({ id: 'demo', dir: root, shared: { leaflet: { singleton: true, requiredVersion: '^1.9.4' } } });
    const federation = config.plugins?.find((plugin) => plugin?.constructor?.name === 'ModuleFederationPlugin') as unknown as {
      _options: { shared: Record<string, unknown> };
    };
    expect(federation._options.shared.leaflet).toEqual({ singleton: true, requiredVersion: '^1.9.4' });
    expect(federation._options.shared['react-router']).toMatchObject({ singleton: true });
  });

  it('builds a federation container with manifest, version file and content-hashed chunks', async () => {
    const out = path.join(root, 'build-a');
    const stats = await build(createRemoteConfig({ id: 'demo-module', dir: root, exposes: { './App': './src/ui/App.ts' }, outputDir: out }));
    expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false);

    expect(JSON.parse(readFileSync(path.join(out, 'portal-remote.json'), 'utf8'))).toEqual({ id: 'demo-module', version: '1.2.3' });
    const manifest = JSON.parse(readFileSync(path.join(out, 'mf-manifest.json'), 'utf8'));
    expect(manifest.name).toBe('portal_demo_module');
    expect(manifest.metaData.remoteEntry.name).toBe('remoteEntry.js');
    expect(manifest.metaData.publicPath).toBe('auto');
    expect(manifest.exposes.map((expose: { path: string }) => expose.path)).toEqual(['./App']);
    expect(manifest.shared).toEqual([expect.objectContaining({ name: 'react-router', version: '7.18.7', singleton: true })]);

    const chunks = readdirSync(out).filter((file) => file.endsWith('.js') && file !== 'remoteEntry.js');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((file) => /\.[0-9a-f]{10}\.js$/.test(file))).toBe(true);
    expect(chunks.some((file) => readFileSync(path.join(out, file), 'utf8').includes('"1.2.3"'))).toBe(true);
    // The federation runtime comes from the shell (externalRuntime), so the entry stays small.
    expect(gzipSync(readFileSync(path.join(out, 'remoteEntry.js'))).length).toBeLessThan(12_000);

    const again = path.join(root, 'build-b');
    await build(createRemoteConfig({ id: 'demo-module', dir: root, exposes: { './App': './src/ui/App.ts' }, outputDir: again }));
    expect(readdirSync(again).sort()).toEqual(readdirSync(out).sort());
  }, 120_000);

  it('fails the build when code uses a react-router name the portal does not share', async () => {
    const out = path.join(root, 'build-loader');
    const stats = await build(createRemoteConfig({ id: 'demo', dir: root, exposes: { './Loader': './src/ui/Loader.ts' }, outputDir: out }));
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toString('errors-only')).toContain('imports "useLoaderData" from react-router, which the portal does not share');
    // Production builds do not emit on errors: nothing half-built can be published.
    expect(existsSync(path.join(out, 'remoteEntry.js'))).toBe(false);
  }, 120_000);
});
