import type { Db, Logger, ModuleDefinition } from '@portal/module-kit';
import semver from 'semver';
import { readRemoteInfo, remoteEntryUrl, type RemoteStore } from '../remotes/remote-store.js';
import { StartupError } from '../startup-error.js';
import { describedBy, findRow, insertRow, updateRow } from './registry-table.js';

/**
 * Brings the registry in line with the installed module packages at start:
 * - a module's built UI (its dist folder with portal-remote.json) is copied into the remote store;
 * - a module without a row gets one, at its built version, or else at the highest stored version;
 *   with neither it stays off the home grid (its API still works) until it is built or published;
 * - an existing row keeps the operator's choices (enabled, version) but moves up to a build that is
 *   newer by semver and new to the store, so a rollback survives restarts until a newer build arrives;
 *   names, descriptions, icon, audience and order follow the package.
 */
export async function syncInstalledModules(
  db: Db,
  store: RemoteStore,
  installed: readonly ModuleDefinition[],
  log: Logger,
): Promise<void> {
  for (const definition of installed) {
    const { version: built, isNew } = await storeBuiltUi(store, definition);
    const version = built ?? (await store.versions(definition.id))[0];
    const row = await findRow(db, definition.id);
    const entryFile = version ? await store.entryFile(definition.id, version) : undefined;
    const target = version && entryFile ? { version, remoteEntry: remoteEntryUrl(definition.id, version, entryFile) } : undefined;

    if (!row) {
      if (!target) {
        log.warn({ module: definition.id }, 'module has no built UI: not on the home grid until it is built or published');
        continue;
      }
      await insertRow(db, { id: definition.id, ...describedBy(definition), ...target });
      log.info({ module: definition.id, version: target.version }, 'module registered');
      continue;
    }
    const moveUp = built !== undefined && isNew && target !== undefined && semver.gt(built, row.version);
    await updateRow(db, definition.id, { ...describedBy(definition), ...(moveUp ? target : {}) });
    if (moveUp) log.info({ module: definition.id, from: row.version, to: built }, 'module moved to newer build');
  }
}

/** Copies a module's dist into the store; returns its version (undefined without a build) and whether the store lacked it. */
async function storeBuiltUi(
  store: RemoteStore,
  definition: ModuleDefinition,
): Promise<{ version?: string; isNew: boolean }> {
  if (!definition.ui) return { isNew: false };
  let info;
  try {
    info = await readRemoteInfo(definition.ui.distFolder);
  } catch (error) {
    throw new StartupError(`Module "${definition.id}": its UI build is unusable: ${(error as Error).message}.`);
  }
  if (!info) return { isNew: false };
  if (info.id !== definition.id) {
    throw new StartupError(
      `Module "${definition.id}": ${definition.ui.distFolder} holds a build of "${info.id}"; rebuild the module.`,
    );
  }
  const isNew = !(await store.hasVersion(info.id, info.version));
  await store.copyIn(definition.ui.distFolder, info.id, info.version);
  return { version: info.version, isNew };
}
