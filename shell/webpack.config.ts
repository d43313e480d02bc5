import path from 'node:path';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import {
  SharedSurfacePlugin,
  externalRuntimeProviderAlias,
  moduleRules,
  productionOptimization,
  readPackageJson,
  resolveConfig,
  sharedConfig,
} from '@portal/module-kit/webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration, PathData } from 'webpack';
import { GenerateSW } from 'workbox-webpack-plugin';
import { PwaAssetsPlugin } from './build/pwa-assets-plugin.js';
import { serviceWorkerOptions } from './build/service-worker.js';
import { StatsFilePlugin } from './build/stats-file-plugin.js';

const dir = import.meta.dirname;
const dist = path.join(dir, 'dist');
const THEME_COLOUR = '#0b57a4';
const resolve = resolveConfig(dir);

/**
 * The federation runtime module asks for the entry chunk's file name while the chunk has no
 * content hash yet (only to learn its folder depth); webpack 5.113 refuses [contenthash] there.
 * Answer that question with the same folder and no hash; real files always get their hash.
 */
function entryFilename(pathData: PathData): string {
  return pathData.chunk?.contentHash?.javascript ? 'static/[name].[contenthash:10].js' : 'static/[name].js';
}

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration => {
  const production = (argv.mode ?? 'production') === 'production';
  const pwa = new PwaAssetsPlugin({
    name: 'Điện Biên Smart',
    shortName: 'ĐB Smart',
    description: 'Dịch vụ công và thông tin thiết yếu của tỉnh Điện Biên cho người dân và doanh nghiệp.',
    themeColour: THEME_COLOUR,
    backgroundColour: '#f3f5f8',
  });

  return {
    mode: production ? 'production' : 'development',
    context: dir,
    entry: { main: './src/index.ts' },
    target: ['web', 'es2020'],
    devtool: production ? false : 'eval-cheap-module-source-map',
    output: {
      path: dist,
      publicPath: '/',
      uniqueName: 'portal_shell',
      filename: entryFilename,
      chunkFilename: 'static/[id].[contenthash:10].js',
      clean: true,
    },
    resolve: { ...resolve, alias: { ...resolve.alias, ...externalRuntimeProviderAlias() } },
    module: { rules: moduleRules({ prefix: 'static/' }) },
    plugins: [
      new ModuleFederationPlugin({
        name: 'portal_shell',
        // No remotes at build time: the registry names them at run time (registerRemotes).
        shared: sharedConfig(readPackageJson(dir), { dir }),
        shareStrategy: 'loaded-first',
        manifest: false,
        dts: false,
        // Remotes are built with experiments.externalRuntime: the shell lends them its runtime.
        experiments: { provideExternalRuntime: true, optimization: { target: 'web' } },
      }),
      new SharedSurfacePlugin(),
      pwa,
      new HtmlWebpackPlugin({
        template: './src/index.html',
        filename: 'index.html',
        scriptLoading: 'defer',
        templateParameters: (compilation, assets, assetTags, options) => ({
          compilation,
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          iconHref: pwa.iconHref,
        }),
      }),
      // silent-check-sso.html (+ its script): the page keycloak-js's hidden check-sso iframe lands on.
      new CopyWebpackPlugin({ patterns: [{ from: 'public', to: '.' }] }),
      // outside dist: build statistics name the build machine's paths and are not for the public
      new StatsFilePlugin(path.join(import.meta.dirname, 'build-stats', 'stats.json')),
      ...(production ? [new GenerateSW(serviceWorkerOptions)] : []),
    ],
    optimization: production ? productionOptimization() : {},
    performance: { hints: false },
  };
};
