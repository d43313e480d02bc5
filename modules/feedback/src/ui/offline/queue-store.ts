import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CreateReport } from '../../contract/schemas.js';

/**
 * Reports waiting on this device to be sent (written offline, or sent when the network failed).
 * Photos are kept as bytes (ArrayBuffer), which every IndexedDB stores and clones.
 */
export interface QueuedPhoto {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export interface QueueFailure {
  status: number;
  type: string;
  title: string;
  detail: string | null;
  errors: Record<string, string[]>;
}

export interface QueuedReport {
  /** The Idempotency-Key: made when the form was first submitted, sent with every retry. */
  id: string;
  /** The signed-in person who wrote it; only their session sends it. */
  ownerSub: string;
  report: CreateReport;
  photos: QueuedPhoto[];
  savedAt: string;
  /** waiting: the sender will try again; failed: the server refused it, the person must edit or delete it. */
  state: 'waiting' | 'failed';
  failure: QueueFailure | null;
  attempts: number;
}

interface QueueSchema extends DBSchema {
  reports: { key: string; value: QueuedReport; indexes: { savedAt: string } };
}

export const QUEUE_DB_NAME = 'portal-feedback-queue';

/** The queue in IndexedDB, one object per report keyed by its Idempotency-Key. */
export class QueueStore {
  private database: Promise<IDBPDatabase<QueueSchema>> | null = null;

  constructor(private readonly name = QUEUE_DB_NAME) {}

  private db(): Promise<IDBPDatabase<QueueSchema>> {
    this.database ??= openDB<QueueSchema>(this.name, 1, {
      upgrade(database) {
        database.createObjectStore('reports', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      },
    });
    return this.database;
  }

  /** Oldest first: the order they were written is the order they are sent. */
  async list(): Promise<QueuedReport[]> {
    return (await this.db()).getAllFromIndex('reports', 'savedAt');
  }

  async get(id: string): Promise<QueuedReport | undefined> {
    return (await this.db()).get('reports', id);
  }

  async put(item: QueuedReport): Promise<void> {
    await (await this.db()).put('reports', item);
  }

  async remove(id: string): Promise<void> {
    await (await this.db()).delete('reports', id);
  }

  async close(): Promise<void> {
    if (this.database) (await this.database).close();
    this.database = null;
  }
}

/** Files from the form → bytes for the queue. */
export async function toQueuedPhotos(files: readonly File[]): Promise<QueuedPhoto[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, type: file.type, bytes: await file.arrayBuffer() })));
}

/** Queue bytes → Files to send or to show again in the form. */
export function fromQueuedPhotos(photos: readonly QueuedPhoto[]): File[] {
  return photos.map((photo) => new File([photo.bytes], photo.name, { type: photo.type }));
}
