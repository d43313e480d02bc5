// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createSessionFetch } from '@portal/shared-ui';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreateReport } from '../../contract/schemas.js';
import { FeedbackClient } from '../api-client.js';
import { startFakeFeedbackServer, type FakeFeedbackServer } from '../reports/testing/fake-feedback-server.js';
import { QueueStore, type QueuedReport } from './queue-store.js';
import { OutboxSender } from './sender.js';

/*
 * The offline queue against IndexedDB (fake-indexeddb) and a feedback API over real HTTP: uploads go
 * through the session fetch and XMLHttpRequest exactly as in the browser.
 */
let server: FakeFeedbackServer;
let deadOrigin: string;
let store: QueueStore;
let databases = 0;

const setOrigin = (origin: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/m/feedback/mine`);
const client = new FeedbackClient(createSessionFetch(async () => 'token-of-an'));

const report: CreateReport = {
  categoryId: 'street-lighting',
  description: 'Đèn đường ở tổ dân phố 3 hỏng đã một tuần.',
  isPublic: true,
  location: { lat: 21.3935, lng: 103.0275, accuracyM: 12, source: 'device' },
  contactPhone: null,
};

async function queue(id: string, ownerSub = 'citizen-an'): Promise<QueuedReport> {
  const item: QueuedReport = {
    id,
    ownerSub,
    report,
    photos: [{ name: 'den-hong.jpg', type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer }],
    savedAt: new Date().toISOString(),
    state: 'waiting',
    failure: null,
    attempts: 0,
  };
  await store.put(item);
  return item;
}

function sender(options: { locks?: LockManager | null; ownerSub?: string } = {}) {
  return new OutboxSender({
    store,
    ownerSub: options.ownerSub ?? 'citizen-an',
    locks: options.locks ?? null,
    retryMs: 60_000,
    send: (item, onProgress) =>
      client.createReport(item.report, item.photos.map((photo) => new File([photo.bytes], photo.name, { type: photo.type })), item.id, onProgress),
  });
}

beforeAll(async () => {
  server = await startFakeFeedbackServer();
  const dead = await startFakeFeedbackServer();
  deadOrigin = dead.origin;
  await dead.close();
});

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  await store?.close();
  server.received.length = 0;
  server.refuseReports(null);
  server.failNextReports(0);
  setOrigin(server.origin);
});

function freshStore() {
  databases += 1;
  store = new QueueStore(`queue-test-${databases}`);
}

describe('offline queue', () => {
  it('keeps a report written offline and sends it once when the network returns, with its saved key', async () => {
    freshStore();
    await queue('key-0001-abcdef');
    setOrigin(deadOrigin); // no server answers: like a phone without network
    const running = sender();
    const stop = running.start();
    await running.flush();
    expect((await store.list()).map((item) => [item.state, item.attempts > 0])).toEqual([['waiting', true]]);

    setOrigin(server.origin);
    server.failNextReports(1); // the first attempt meets a server that is not ready yet
    window.dispatchEvent(new Event('online'));
    await running.flush();
    expect(await store.list()).toHaveLength(1);
    await running.flush();
    stop();

    expect(await store.list()).toEqual([]);
    expect(server.received.map((request) => request.idempotencyKey)).toEqual(['key-0001-abcdef', 'key-0001-abcdef']);
    expect(server.received[1]).toMatchObject({
      authorization: 'Bearer token-of-an',
      report: { categoryId: 'street-lighting', location: { lat: 21.3935, lng: 103.0275, accuracyM: 12, source: 'device' } },
      photos: [{ name: 'den-hong.jpg', type: 'image/jpeg', size: 7 }],
    });
  });

  it('a refused report stays on the device as failed, with the server’s message, and is not sent again', async () => {
    freshStore();
    await queue('key-0002-abcdef');
    server.refuseReports({
      status: 422,
      type: '/problems/outside-province',
      title: 'Outside the province',
      detail: 'Vị trí nằm ngoài tỉnh Điện Biên.',
    });
    const running = sender();
    await running.flush();
    await running.flush();

    const [item] = await store.list();
    expect(item).toMatchObject({ id: 'key-0002-abcdef', state: 'failed', failure: { status: 422, detail: 'Vị trí nằm ngoài tỉnh Điện Biên.' } });
    expect(item!.photos).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it('sends items one at a time and never twice when passes overlap', async () => {
    freshStore();
    await queue('key-0003-aaaaaa');
    await queue('key-0004-bbbbbb');
    const running = sender();
    await Promise.all([running.flush(), running.flush(), running.flush()]);
    expect(server.received.map((request) => request.idempotencyKey)).toEqual(['key-0003-aaaaaa', 'key-0004-bbbbbb']);
    expect(await store.list()).toEqual([]);
  });

  it('skips an item another tab is sending (navigator.locks) and sends it once that tab lets go', async () => {
    freshStore();
    await queue('key-0005-cccccc');
    const locks = new TabLocks();
    const release = locks.holdFromAnotherTab('portal-feedback-queue:key-0005-cccccc');
    const running = sender({ locks: locks as unknown as LockManager });
    await running.flush();
    expect(server.received).toHaveLength(0);
    release();
    await running.flush();
    expect(server.received.map((request) => request.idempotencyKey)).toEqual(['key-0005-cccccc']);
  });

  it('sends only the reports of the person signed in on this device', async () => {
    freshStore();
    await queue('key-0006-dddddd', 'someone-else');
    await sender().flush();
    expect(server.received).toHaveLength(0);
    expect(await store.list()).toHaveLength(1);
  });
});

/** The part of the Web Locks API the sender uses (request with ifAvailable), shared like tabs share it. */
class TabLocks {
  private held = new Set<string>();

  holdFromAnotherTab(name: string): () => void {
    this.held.add(name);
    return () => this.held.delete(name);
  }

  async request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: { name: string } | null) => Promise<T>): Promise<T> {
    if (this.held.has(name)) {
      if (options.ifAvailable) return callback(null);
      throw new Error('waiting for a lock is not needed by the sender');
    }
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.held.delete(name);
    }
  }
}
