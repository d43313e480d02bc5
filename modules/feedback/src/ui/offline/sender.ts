import type { CreatedReport } from '../../contract/schemas.js';
import { ApiProblem, type ProgressHandler } from '../api-client.js';
import type { QueueStore, QueuedReport } from './queue-store.js';

export type SendQueued = (item: QueuedReport, onProgress: ProgressHandler) => Promise<CreatedReport>;

export interface SenderListener {
  /** The list changed (an item was sent, failed, or counted an attempt). */
  changed?(): void;
  progress?(id: string, percent: number): void;
  sent?(id: string, created: CreatedReport): void;
}

export interface OutboxSenderOptions {
  store: QueueStore;
  send: SendQueued;
  /** Who is signed in now: only their own items are sent (a shared phone never mixes people up). */
  ownerSub: string;
  listener?: SenderListener;
  /** navigator.locks, so two tabs never send the same item at once; null where there is none. */
  locks?: LockManager | null;
  retryMs?: number;
  /** The browser's 'online' event source; default window. */
  events?: EventTarget;
}

export const RETRY_MS = 30_000;

/**
 * A problem answer that sending the same request again cannot change: keep the item as failed and
 * let the person edit or delete it. 401 (signed out meanwhile), 408, 409 (the same key is still being
 * processed) and 429 (rate limit) are worth a later retry, like network errors and 5xx.
 */
export function isPermanentFailure(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.isPermanent && error.status !== 401 && error.status !== 409;
}

/**
 * Sends the queued reports one at a time, oldest first, with the Idempotency-Key each was saved
 * with, so a report whose answer was lost is replayed by the server rather than created twice. An item
 * leaves the queue only after a 2xx; a permanent refusal marks it failed; anything else waits.
 */
export class OutboxSender {
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: OutboxSenderOptions) {}

  /** Starts: sends now, on every 'online' event, and every 30 s while items wait. Returns stop(). */
  start(): () => void {
    const events = this.options.events ?? globalThis.window;
    const onOnline = () => void this.flush();
    events?.addEventListener('online', onOnline);
    void this.flush();
    return () => {
      this.stopped = true;
      events?.removeEventListener('online', onOnline);
      if (this.timer) clearTimeout(this.timer);
    };
  }

  /** One pass over the queue; a second call while a pass runs waits for that pass. */
  flush(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
      void this.scheduleRetry();
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const queued of await this.options.store.list()) {
      if (this.stopped) return;
      if (queued.state !== 'waiting' || queued.ownerSub !== this.options.ownerSub) continue;
      const outcome = await this.withLock(queued.id, () => this.sendOne(queued.id));
      // A network error or a server hiccup: the next items would fail the same way; try later.
      if (outcome === 'retry-later') return;
    }
  }

  private async sendOne(id: string): Promise<'done' | 'retry-later'> {
    // Read again inside the lock: another tab may have sent it a moment ago.
    const item = await this.options.store.get(id);
    if (!item || item.state !== 'waiting') return 'done';
    const { listener } = this.options;
    try {
      const created = await this.options.send(item, (sent, total) => listener?.progress?.(id, total ? Math.round((sent / total) * 100) : 0));
      await this.options.store.remove(id);
      listener?.sent?.(id, created);
      listener?.changed?.();
      return 'done';
    } catch (error) {
      if (isPermanentFailure(error)) {
        const { status, type, title, detail, errors } = error;
        await this.options.store.put({ ...item, state: 'failed', attempts: item.attempts + 1, failure: { status, type, title, detail: detail ?? null, errors } });
        listener?.changed?.();
        return 'done';
      }
      await this.options.store.put({ ...item, attempts: item.attempts + 1 });
      listener?.changed?.();
      return 'retry-later';
    }
  }

  private async withLock<T>(id: string, work: () => Promise<T>): Promise<T | 'busy'> {
    const locks = this.options.locks;
    if (!locks) return work();
    // ifAvailable: when another tab holds it, that tab is sending this item; skip it here.
    return locks.request(`portal-feedback-queue:${id}`, { ifAvailable: true }, async (lock) => (lock ? work() : 'busy'));
  }

  private async scheduleRetry(): Promise<void> {
    if (this.stopped) return;
    const waiting = (await this.options.store.list()).some((item) => item.state === 'waiting' && item.ownerSub === this.options.ownerSub);
    if (!waiting || this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.retryMs ?? RETRY_MS);
  }
}
