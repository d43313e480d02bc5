import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFileStorage } from './local-storage.js';
import type { FileStorage } from './storage.js';

export interface TemporaryFileStorage {
  storage: FileStorage;
  folder: string;
  /** Deletes the folder and everything stored in it. */
  remove(): Promise<void>;
}

/** A local store in a fresh folder under the OS temp dir: for tests and for services with no data folder. */
export async function temporaryFileStorage(): Promise<TemporaryFileStorage> {
  const folder = await mkdtemp(join(tmpdir(), 'portal-files-'));
  return { storage: localFileStorage(folder), folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
