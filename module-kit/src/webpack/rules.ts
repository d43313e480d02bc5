import { createRequire } from 'node:module';
import type { Configuration, RuleSetRule } from 'webpack';
import { sharedAliases } from './shared.js';

// Loaders are resolved from module-kit, so a module's package.json needs none of them.
const require = createRequire(import.meta.url);

/** TypeScript and TSX through swc: JSX with React's automatic runtime, modern browsers. */
export function swcRule(): RuleSetRule {
  return {
    test: /\.[cm]?tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: require.resolve('swc-loader'),
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2020',
        },
      },
    },
  };
}

/** Plain CSS injected by style-loader, so a component's styles travel with its chunk. */
export function cssRule(): RuleSetRule {
  return {
    test: /\.css$/,
    use: [require.resolve('style-loader'), require.resolve('css-loader')],
  };
}

export interface AssetRuleOptions {
  /** Folder prefix of emitted files inside the output, e.g. 'static/' for the shell. */
  prefix?: string;
}

/** Fonts as separate hashed files; small images inlined, larger ones emitted. */
export function assetRules({ prefix = '' }: AssetRuleOptions = {}): RuleSetRule[] {
  return [
    {
      test: /\.(woff2?|ttf|otf)$/,
      type: 'asset/resource',
      generator: { filename: `${prefix}fonts/[name].[contenthash:10][ext]` },
    },
    {
      test: /\.(png|jpe?g|gif|webp|avif|svg)$/,
      type: 'asset',
      parser: { dataUrlCondition: { maxSize: 4 * 1024 } },
      generator: { filename: `${prefix}images/[name].[contenthash:10][ext]` },
    },
  ];
}

/** Every rule a portal UI build needs. */
export function moduleRules(options: AssetRuleOptions = {}): RuleSetRule[] {
  return [swcRule(), cssRule(), ...assetRules(options)];
}

/**
 * Resolve TS sources (also when imported with the ".js" suffix ESM asks for) and the aliases the
 * shared facades need, for the package in `dir`.
 */
export function resolveConfig(dir: string): NonNullable<Configuration['resolve']> {
  return {
    extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    alias: sharedAliases(dir),
  };
}
