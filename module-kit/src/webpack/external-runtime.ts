import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Remotes are built with `experiments.externalRuntime` (their remoteEntry.js borrows the host's
 * federation runtime), and the shell sets `experiments.provideExternalRuntime`. The provider
 * plugin is CommonJS and would pull a second, CommonJS copy of the runtime into the host (about
 * 20 KB gzip more). This alias points it at the ES module build the host already contains.
 */
export function externalRuntimeProviderAlias(): Record<string, string> {
  const fromEnhanced = createRequire(createRequire(import.meta.url).resolve('@module-federation/enhanced'));
  const fromProvider = createRequire(fromEnhanced.resolve('@module-federation/inject-external-runtime-core-plugin'));
  const commonJsEntry = fromProvider.resolve('@module-federation/runtime-tools/runtime-core');
  const esmEntry = path.join(path.dirname(commonJsEntry), 'runtime-core.js');
  if (!existsSync(esmEntry)) throw new Error(`no ES module build of the federation runtime beside ${commonJsEntry}`);
  return { '@module-federation/runtime-tools/runtime-core$': esmEntry };
}
