import type { Db } from '@portal/module-kit';
import type { ModuleRow } from '../db/schema.js';
import { listRows } from './registry-table.js';

/** How stale another instance's view of the registry may be after a publish or enable/disable. */
export const REGISTRY_CACHE_MS = 1000;

/**
 * The registry rows, read from the database at most once per `ttlMs` (every shell start asks for them;
 * PGlite serialises queries). The instance that changes the registry drops its copy at once; other
 * instances behind a load balancer catch up within `ttlMs`, so no shared in-memory state is assumed.
 */
export class RegistryCache {
  private cached: { rows: Promise<ModuleRow[]>; until: number } | undefined;

  constructor(
    private readonly db: Db,
    private readonly ttlMs = REGISTRY_CACHE_MS,
  ) {}

  rows(): Promise<ModuleRow[]> {
    const now = Date.now();
    if (this.cached && now < this.cached.until) return this.cached.rows;
    const rows = listRows(this.db);
    this.cached = { rows, until: now + this.ttlMs };
    rows.catch(() => this.invalidate());
    return rows;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
