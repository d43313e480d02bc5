import { ProblemError, type Db, type ModuleDefinition } from '@portal/module-kit';
import type { ModuleRow } from '../db/schema.js';
import { isVersion, remoteEntryUrl, type RemoteStore } from '../remotes/remote-store.js';
import { describedBy, findRow, insertRow, listRows, updateRow } from './registry-table.js';

/** One registry row as operators see it (CLI table, GET /api/platform/modules). */
export interface ModuleStatus {
  id: string;
  version: string;
  enabled: boolean;
  order: number;
  entry: string;
  /** False when the row outlived its package: it is then never listed to visitors. */
  installed: boolean;
}

/**
 * The operator's actions on the registry. The CLI (database opened directly) and the gateway's
 * /api/platform routes (database held by the running gateway) both go through this one class.
 * Failures are ProblemErrors: HTTP answers them as problem+json, the CLI prints their detail.
 */
export class ModuleAdmin {
  constructor(
    private readonly db: Db,
    private readonly store: RemoteStore,
    private readonly installed: readonly ModuleDefinition[],
    /** Told after every change (drops the gateway's cached registry). */
    private readonly onChange: () => void = () => {},
  ) {}

  async list(): Promise<ModuleStatus[]> {
    return (await listRows(this.db)).map((row) => this.status(row));
  }

  async setEnabled(id: string, enabled: boolean): Promise<ModuleStatus> {
    await this.requireRow(id);
    const row = await updateRow(this.db, id, { enabled });
    this.onChange();
    return this.status(row!);
  }

  /** Points the registry at a version already in the remote store (a new release, or a rollback). */
  async publish(id: string, version: string): Promise<ModuleStatus> {
    if (!isVersion(version)) {
      throw ProblemError.badRequest(`"${version}" is not a semver version such as 0.1.0.`, {
        version: ['Use a semver version such as 0.1.0 or 1.2.0-rc.1.'],
      });
    }
    const definition = this.installed.find((module) => module.id === id);
    const existing = await findRow(this.db, id);
    if (!existing && !definition) throw this.unknown(id);
    const entryFile = await this.store.entryFile(id, version);
    if (!entryFile) {
      const stored = await this.store.versions(id);
      throw new ProblemError({
        type: '/problems/version-not-in-store',
        title: 'Version not in the remote store',
        status: 409,
        detail:
          `Version ${version} of "${id}" is not in the remote store (${this.store.root}/${id}/${version} ` +
          `with mf-manifest.json or remoteEntry.js). Stored versions: ${stored.join(', ') || 'none'}.`,
      });
    }
    const target = { version, remoteEntry: remoteEntryUrl(id, version, entryFile) };
    const row = existing
      ? await updateRow(this.db, id, target)
      : await insertRow(this.db, { id, ...describedBy(definition!), ...target });
    this.onChange();
    return this.status(row!);
  }

  private async requireRow(id: string): Promise<ModuleRow> {
    const row = await findRow(this.db, id);
    if (row) return row;
    if (this.installed.some((module) => module.id === id)) {
      throw ProblemError.notFound(`Module "${id}" has no published UI yet; build it or publish a version first.`);
    }
    throw this.unknown(id);
  }

  private unknown(id: string): ProblemError {
    const known = this.installed.map((module) => module.id).join(', ') || 'none';
    return ProblemError.notFound(`Unknown module "${id}" (installed modules: ${known}).`);
  }

  private status(row: ModuleRow): ModuleStatus {
    return {
      id: row.id,
      version: row.version,
      enabled: row.enabled,
      order: row.order,
      entry: row.remoteEntry,
      installed: this.installed.some((module) => module.id === row.id),
    };
  }
}
