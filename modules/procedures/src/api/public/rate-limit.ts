/**
 * A sliding-window limit of requests per client key, kept in this process's memory. Enough against one
 * client guessing the 4 digits of the public lookup; several API processes behind a load balancer each
 * keep their own count (a client then gets `limit` per process), which still bounds guessing. A
 * province-wide deployment moves the count to shared storage (see DESIGN.md, scale path).
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Keys kept at most; past that, keys with no request in the window are forgotten first. */
const MAX_KEYS = 20_000;

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key`; refuses it (with when to retry) once `limit` fell within the window. */
  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.delete(key); // re-inserted last: the map stays ordered from least to most recently seen
    this.hits.set(key, recent);
    if (this.hits.size > MAX_KEYS) this.forget(since);
    return { allowed: true };
  }

  /** Drops keys idle for the whole window, then (if still too many) the least recently seen. */
  private forget(since: number): void {
    for (const [key, times] of this.hits) if (times[times.length - 1]! <= since) this.hits.delete(key);
    for (const key of this.hits.keys()) {
      if (this.hits.size <= MAX_KEYS) break;
      this.hits.delete(key);
    }
  }
}
