import { and, like, lt, sql } from 'drizzle-orm';
import type { Db } from '@portal/module-kit';
import { rateLimits } from '../../db/schema.js';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * At most `limit` requests per key in each fixed window, counted in PostgreSQL so that every API process
 * behind a load balancer shares one count (DESIGN.md, scale path). One atomic upsert per request; a
 * window boundary may let up to twice the limit through in a short burst, which still bounds guessing.
 */
export class PostgresRateLimiter {
  /** The window whose start this process pruned for last: pruning runs once per window per process. */
  private prunedBefore = 0;

  constructor(
    private readonly db: Db,
    /** Keeps the keys of one limit apart from another's in the shared table, e.g. 'lookup'. */
    private readonly scope: string,
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key`; refuses it (with when to retry) once `limit` were taken in this window. */
  async take(key: string): Promise<RateDecision> {
    const now = this.now();
    const windowStart = now - (now % this.windowMs);
    await this.prune(windowStart);
    const [row] = await this.db
      .insert(rateLimits)
      .values({ key: `${this.scope}:${key}`, windowStart: new Date(windowStart), count: 1 })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
      .returning({ count: rateLimits.count });
    if (row!.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000)) };
  }

  /** Drops this scope's rows of past windows (another scope may count in longer windows). */
  private async prune(windowStart: number): Promise<void> {
    if (this.prunedBefore >= windowStart) return;
    this.prunedBefore = windowStart;
    await this.db.delete(rateLimits).where(and(like(rateLimits.key, `${this.scope}:%`), lt(rateLimits.windowStart, new Date(windowStart))));
  }
}
