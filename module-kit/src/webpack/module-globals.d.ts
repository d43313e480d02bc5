/**
 * The module version a remote was built as; defined by createRemoteConfig (DefinePlugin).
 * A `var` so that unit tests, which run without the bundler, can set `globalThis.__MODULE_VERSION__`.
 */
// eslint-disable-next-line no-var
declare var __MODULE_VERSION__: string;
