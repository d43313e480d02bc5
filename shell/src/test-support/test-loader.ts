import type { RegistryEntry } from '@portal/module-kit';
import type { ModuleApp, ModuleLoader } from '../modules/module-loader.js';

/**
 * A module loader whose modules are React components given by the test, loaded the way the
 * federation loader answers: asynchronously, and failing while `failuresLeft` says so.
 */
export class TestLoader implements ModuleLoader {
  registered: string[] = [];
  loads = 0;

  constructor(
    private readonly apps: Record<string, ModuleApp>,
    public failuresLeft = 0,
  ) {}

  register(entries: readonly RegistryEntry[]): void {
    this.registered.push(...entries.map((entry) => entry.remote.name));
  }

  async load(entry: RegistryEntry): Promise<ModuleApp> {
    this.loads += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error(`RUNTIME-003: failed to get manifest ${entry.remote.entry}`);
    }
    const app = this.apps[entry.id];
    if (!app) throw new Error(`no test app for ${entry.id}`);
    return app;
  }
}
