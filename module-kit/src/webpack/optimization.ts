import { createRequire } from 'node:module';
import type { Configuration, WebpackPluginInstance } from 'webpack';

type Optimization = NonNullable<Configuration['optimization']>;

interface MinimizerPluginClass {
  new (options: { minify: { implementation: unknown } }): WebpackPluginInstance;
  swcMinify: unknown;
}

/**
 * The swc minifier through minimizer-webpack-plugin (webpack's own minimizer dependency): about
 * half the build time of terser for the same size. Falls back to webpack's default (terser)
 * when that plugin cannot be found.
 */
function swcMinimizer(): WebpackPluginInstance | undefined {
  try {
    const fromWebpack = createRequire(createRequire(import.meta.url).resolve('webpack'));
    const MinimizerPlugin = fromWebpack('minimizer-webpack-plugin') as MinimizerPluginClass;
    return new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.swcMinify } });
  } catch {
    return undefined;
  }
}

/** Production optimisation shared by host and remotes: minified, stable ids, content hashes. */
export function productionOptimization(): Optimization {
  const minimizer = swcMinimizer();
  return {
    moduleIds: 'deterministic',
    chunkIds: 'deterministic',
    realContentHash: true,
    ...(minimizer ? { minimizer: [minimizer] } : {}),
  };
}
