import type { ComponentType } from 'react';
import type { ModuleAppProps, RegistryEntry } from '@portal/module-kit';

export type ModuleApp = ComponentType<ModuleAppProps>;

/** How the shell turns registry entries into React components; Module Federation in the app. */
export interface ModuleLoader {
  /** Makes the modules of this page load known (called once the registry answered). */
  register(entries: readonly RegistryEntry[]): void;
  /** Loads a module's exposed `./App`; rejects when it cannot. Calling it again retries. */
  load(entry: RegistryEntry): Promise<ModuleApp>;
}

export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError';
}
