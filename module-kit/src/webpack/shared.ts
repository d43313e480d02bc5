import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_SINGLETONS } from '../shared-singletons.js';

export interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: unknown;
}

export interface SharedSingletonConfig {
  singleton: true;
  requiredVersion: string | false;
  eager?: boolean;
  /** The file provided under the shared name, when it is not the package itself. */
  import?: string;
  /** The version provided (needed with `import`, which is not the package's own entry). */
  version?: string;
}

export interface SharedConfigOptions {
  /** Bundle the shared modules into the entry chunk (only for a host without an async boundary). */
  eager?: boolean;
  /** Folder of the package.json, to read installed versions; default the working directory. */
  dir?: string;
}

/**
 * Shared packages the portal provides through a facade file: the surface modules may use, so the
 * shared chunk can be tree-shaken (see the files). Each facade imports the real package by
 * `fullRequest`, an alias resolveConfig sets, so the facade does not consume itself.
 */
export const SHARED_FACADES: Record<string, { file: string; fullRequest: string }> = {
  'react-router': {
    file: fileURLToPath(new URL('./facades/react-router.ts', import.meta.url)),
    fullRequest: '@portal/react-router-full',
  },
  'react-i18next': {
    file: fileURLToPath(new URL('./facades/react-i18next.ts', import.meta.url)),
    fullRequest: '@portal/react-i18next-full',
  },
};

/**
 * The Module Federation `shared` map for a host or remote: every entry of SHARED_SINGLETONS the
 * package depends on, as a singleton with the range its package.json asks for. Use it together
 * with `resolveConfig(dir)`, which lets the react-router facade reach the real package.
 * @example
 * new ModuleFederationPlugin({ shared: sharedConfig(packageJson, { dir: import.meta.dirname }) })
 */
export function sharedConfig(
  packageJson: PackageJson,
  options: SharedConfigOptions = {},
): Record<string, SharedSingletonConfig> {
  const dir = options.dir ?? process.cwd();
  const declared = {
    ...packageJson.devDependencies,
    ...packageJson.peerDependencies,
    ...packageJson.dependencies,
  };
  const shared: Record<string, SharedSingletonConfig> = {};
  for (const name of SHARED_SINGLETONS) {
    const range = declared[name];
    if (range === undefined) continue;
    shared[name] = {
      singleton: true,
      requiredVersion: toRequiredVersion(name, range, dir),
      ...(options.eager ? { eager: true } : {}),
    };
  }
  for (const [name, facade] of Object.entries(SHARED_FACADES)) {
    const version = installedPackage(name, dir)?.json.version;
    // `import` is not the package's entry, so its version must be stated.
    if (shared[name] && version) Object.assign(shared[name], { import: facade.file, version });
  }
  return shared;
}

/** resolve.alias entries that let each facade reach its real package from `dir`. */
export function sharedAliases(dir: string): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const [name, facade] of Object.entries(SHARED_FACADES)) {
    const installed = installedPackage(name, dir);
    if (installed) aliases[`${facade.fullRequest}$`] = esmEntry(installed.dir, installed.json);
  }
  return aliases;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

// Exact pins are there for reproducible installs, not as a compatibility claim: a remote built
// against react 19.3.1 runs on the shell's 19.x. A `workspace:` range means "this monorepo's
// copy": require a version compatible with the installed one.
function toRequiredVersion(name: string, range: string, dir: string): string | false {
  if (EXACT_VERSION.test(range)) return `^${range}`;
  if (!range.startsWith('workspace:')) return range;
  const version = installedPackage(name, dir)?.json.version;
  return version ? `^${version}` : false;
}

/** The package `name` as Node would find it from `dir` (walking up node_modules folders). */
function installedPackage(name: string, dir: string): { dir: string; json: PackageJson } | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const packageDir = path.join(current, 'node_modules', name);
    if (existsSync(path.join(packageDir, 'package.json'))) return { dir: packageDir, json: readPackageJson(packageDir) };
    if (path.dirname(current) === current) return undefined;
  }
}

// The ES module entry of a package (exports["."], "import" or "module" condition), so the
// bundler can tree-shake it.
function esmEntry(packageDir: string, json: PackageJson): string {
  const root = (json.exports as Record<string, unknown> | undefined)?.['.'];
  const conditions = root as Record<string, unknown> | undefined;
  for (const condition of ['import', 'module', 'default']) {
    const target = conditions?.[condition];
    const file = typeof target === 'string' ? target : (target as { default?: unknown } | undefined)?.default;
    if (typeof file === 'string') return path.join(packageDir, file);
  }
  if (typeof (json as { module?: unknown }).module === 'string') return path.join(packageDir, (json as { module: string }).module);
  throw new Error(`${json.name}: no ES module entry in its package.json exports`);
}

export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}
