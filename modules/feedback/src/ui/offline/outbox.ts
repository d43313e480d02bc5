import { useSession } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import type { CreateReport } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { OutboxSender } from './sender.js';
import { QueueStore, fromQueuedPhotos, toQueuedPhotos, type QueuedReport } from './queue-store.js';

/*
 * The page's one offline queue: the store, a sender bound to the signed-in session (started by the
 * App) and the events the screens listen to ('changed', 'progress', 'sent', 'kick').
 */

export const queueStore = new QueueStore();
const queueEvents = new EventTarget();
const progress = new Map<string, number>();

function emit(type: 'changed' | 'progress' | 'sent' | 'kick') {
  queueEvents.dispatchEvent(new Event(type));
}

/** Saves a report to send later; the Idempotency-Key `id` stays with it for every attempt. */
export async function enqueueReport(input: { id: string; ownerSub: string; report: CreateReport; photos: readonly File[] }): Promise<void> {
  await queueStore.put({
    id: input.id,
    ownerSub: input.ownerSub,
    report: input.report,
    photos: await toQueuedPhotos(input.photos),
    savedAt: new Date().toISOString(),
    state: 'waiting',
    failure: null,
    attempts: 0,
  });
  emit('changed');
  emit('kick');
}

export async function removeQueued(id: string): Promise<void> {
  await queueStore.remove(id);
  emit('changed');
}

/** "Gửi lại": a failed item waits again and the sender tries at once. */
export async function retryQueued(id: string): Promise<void> {
  const item = await queueStore.get(id);
  if (!item) return;
  await queueStore.put({ ...item, state: 'waiting', failure: null });
  emit('changed');
  emit('kick');
}

/**
 * Runs the sender while someone is signed in: at start, on 'online', every 30 s while items wait,
 * and whenever an item is queued. Mounted once by the App.
 */
export function useOutboxSender(): void {
  const session = useSession();
  const api = useFeedbackApi();
  const sub = session.status === 'authenticated' ? session.user?.sub : undefined;

  useEffect(() => {
    if (!sub || typeof indexedDB === 'undefined') return;
    const sender = new OutboxSender({
      store: queueStore,
      ownerSub: sub,
      locks: globalThis.navigator?.locks ?? null,
      send: (item, onProgress) => api.createReport(item.report, fromQueuedPhotos(item.photos), item.id, onProgress),
      listener: {
        changed: () => emit('changed'),
        progress: (id, percent) => {
          progress.set(id, percent);
          emit('progress');
        },
        sent: (id) => {
          progress.delete(id);
          emit('sent');
        },
      },
    });
    const stop = sender.start();
    const kick = () => void sender.flush();
    queueEvents.addEventListener('kick', kick);
    return () => {
      stop();
      queueEvents.removeEventListener('kick', kick);
    };
  }, [sub, api]);
}

export interface QueueView {
  items: QueuedReport[];
  /** Upload percent of the item being sent. */
  progress: ReadonlyMap<string, number>;
}

/** The queued reports of the signed-in person, live. */
export function useQueuedReports(ownerSub: string | undefined): QueueView {
  const [items, setItems] = useState<QueuedReport[]>([]);
  const [percent, setPercent] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    if (!ownerSub || typeof indexedDB === 'undefined') return;
    let cancelled = false;
    const load = () =>
      queueStore.list().then(
        (all) => !cancelled && setItems(all.filter((item) => item.ownerSub === ownerSub)),
        () => undefined,
      );
    const onProgress = () => setPercent(new Map(progress));
    void load();
    queueEvents.addEventListener('changed', load);
    queueEvents.addEventListener('progress', onProgress);
    return () => {
      cancelled = true;
      queueEvents.removeEventListener('changed', load);
      queueEvents.removeEventListener('progress', onProgress);
    };
  }, [ownerSub]);

  return { items, progress: percent };
}

/** Calls `onSent` whenever a queued report reached the server (e.g. to reload "my reports"). */
export function useOnQueuedSent(onSent: () => void): void {
  useEffect(() => {
    queueEvents.addEventListener('sent', onSent);
    return () => queueEvents.removeEventListener('sent', onSent);
  }, [onSent]);
}
