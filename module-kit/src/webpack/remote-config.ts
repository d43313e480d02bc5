import path from 'node:path';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import webpack from 'webpack';
import type { Configuration } from 'webpack';
import { remoteName } from '../contract.js';
import { productionOptimization } from './optimization.js';
import { PortalRemotePlugin } from './portal-remote-plugin.js';
import { SharedSurfacePlugin } from './shared-surface-plugin.js';
import { moduleRules, resolveConfig } from './rules.js';
import { readPackageJson, sharedConfig } from './shared.js';

export interface RemoteConfigOptions {
  /** The module id (kebab-case), as in module.ts. */
  id: string;
  /** The module's package folder (holds package.json); usually `import.meta.dirname`. */
  dir: string;
  /** What the container exposes; default `{ './App': './src/ui/App.tsx' }`. */
  exposes?: Record<string, string>;
  /** Version to stamp; default env PORTAL_MODULE_VERSION, then package.json's version. */
  version?: string;
  /** Where to write the build; default env PORTAL_REMOTE_OUT, then `<dir>/dist`. */
  outputDir?: string;
  /**
   * More shared packages besides the portal's singletons, e.g. a heavy library that several
   * modules load lazily (never eager), so the page keeps one copy:
   * `{ leaflet: { singleton: true, requiredVersion: '^1.9.4' } }`.
   */
  shared?: Record<string, ExtraSharedConfig>;
}

/** A package shared by a module on top of the portal singletons (loaded on first use, not eager). */
export interface ExtraSharedConfig {
  singleton?: boolean;
  requiredVersion?: string | false;
}

/**
 * The webpack configuration of a module's UI remote: a federation container named
 * `remoteName(id)` with `remoteEntry.js` and `mf-manifest.json`, the portal's shared singletons,
 * content-hashed chunks, and `__MODULE_VERSION__` defined.
 * @example
 * // modules/hotlines/webpack.config.ts
 * export default createRemoteConfig({ id: 'hotlines', dir: import.meta.dirname });
 */
export function createRemoteConfig(options: RemoteConfigOptions): Configuration {
  const packageJson = readPackageJson(options.dir);
  const version = options.version ?? envValue('PORTAL_MODULE_VERSION') ?? packageJson.version;
  if (!version) throw new Error(`${options.dir}/package.json has no version and none was given`);
  const outputDir = path.resolve(options.dir, options.outputDir ?? envValue('PORTAL_REMOTE_OUT') ?? 'dist');
  const name = remoteName(options.id);

  return {
    mode: 'production',
    context: options.dir,
    // The federation container adds the only entry (remoteEntry.js).
    entry: {},
    target: ['web', 'es2020'],
    devtool: false,
    output: {
      path: outputDir,
      // Resolved at run time from where remoteEntry.js was loaded, so one build serves any URL.
      publicPath: 'auto',
      uniqueName: name,
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[id].[contenthash:10].js',
      clean: true,
    },
    resolve: resolveConfig(options.dir),
    module: { rules: moduleRules() },
    plugins: [
      new ModuleFederationPlugin({
        name,
        filename: 'remoteEntry.js',
        exposes: options.exposes ?? { './App': './src/ui/App.tsx' },
        shared: { ...options.shared, ...sharedConfig(packageJson, { dir: options.dir }) },
        // Take whatever the shell already loaded instead of fetching other remotes to compare.
        shareStrategy: 'loaded-first',
        manifest: true,
        dts: false,
        // The shell provides the federation runtime (provideExternalRuntime), so remoteEntry.js
        // does not carry its own copy.
        experiments: { externalRuntime: true, optimization: { target: 'web' } },
      }),
      new SharedSurfacePlugin(),
      new webpack.DefinePlugin({ __MODULE_VERSION__: JSON.stringify(version) }),
      new PortalRemotePlugin({ id: options.id, version }),
    ],
    optimization: productionOptimization(),
    performance: { hints: false },
  };
}

function envValue(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}
