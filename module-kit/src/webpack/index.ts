export { createRemoteConfig, type ExtraSharedConfig, type RemoteConfigOptions } from './remote-config.js';
export { assetRules, cssRule, moduleRules, resolveConfig, swcRule, type AssetRuleOptions } from './rules.js';
export {
  SHARED_FACADES,
  readPackageJson,
  sharedAliases,
  sharedConfig,
  type PackageJson,
  type SharedConfigOptions,
  type SharedSingletonConfig,
} from './shared.js';
export { productionOptimization } from './optimization.js';
export { PortalRemotePlugin } from './portal-remote-plugin.js';
export { externalRuntimeProviderAlias } from './external-runtime.js';
export { SharedSurfacePlugin } from './shared-surface-plugin.js';
