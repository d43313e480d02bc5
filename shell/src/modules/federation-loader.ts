import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { RegistryEntry } from '@portal/module-kit';
import { ModuleLoadError, type ModuleApp, type ModuleLoader } from './module-loader.js';

/**
 * Loads module UIs with the Module Federation runtime of the shell's own build (the host plugin
 * creates the instance; the shell has no remotes at build time). `entry` is the module's
 * mf-manifest.json, so the runtime can fetch the exposed chunk in parallel with remoteEntry.js.
 */
export function createFederationLoader(): ModuleLoader {
  // Remotes whose last load failed: the runtime keeps some state of a failed load, so they are
  // registered again (force) before the next try, which makes every failure retriable.
  const failed = new Set<string>();
  // The entry URL each remote name is registered with; a new version means a new URL.
  const registered = new Map<string, string>();

  const toRemote = (entry: RegistryEntry) => ({ name: entry.remote.name, entry: entry.remote.entry });

  return {
    register(entries) {
      const added = entries.filter((entry) => !registered.has(entry.remote.name));
      const changed = entries.filter((entry) => {
        const known = registered.get(entry.remote.name);
        return known !== undefined && known !== entry.remote.entry;
      });
      if (added.length > 0) registerRemotes(added.map(toRemote));
      if (changed.length > 0) registerRemotes(changed.map(toRemote), { force: true });
      for (const entry of entries) registered.set(entry.remote.name, entry.remote.entry);
    },
    async load(entry) {
      if (failed.has(entry.remote.name)) registerRemotes([toRemote(entry)], { force: true });
      try {
        const exposed = await loadRemote<{ default?: unknown }>(`${entry.remote.name}/App`);
        const App = exposed?.default;
        if (App == null || (typeof App !== 'function' && typeof App !== 'object')) {
          throw new ModuleLoadError(`${entry.remote.name}/App has no default export`);
        }
        failed.delete(entry.remote.name);
        return App as ModuleApp;
      } catch (error) {
        failed.add(entry.remote.name);
        throw error;
      }
    },
  };
}
