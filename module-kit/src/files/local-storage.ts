import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { assertStorageKey, type FileStorage, type StoredFile } from './storage.js';

/*
 * Suffixes use '~', a character keys may not contain, so neither a content-type sidecar nor a
 * temporary file can ever collide with a stored key.
 */
const TYPE_SUFFIX = '~content-type';
const FALLBACK_TYPE = 'application/octet-stream';

/**
 * Files under `rootFolder/<key>`, the content type in a sidecar `<key>~content-type`. Each write goes
 * to a temporary file in the same folder, is flushed to disk, then renamed over the target: rename is
 * atomic on one file system, so readers see the old file or the new one, never a partial one.
 * @example const files = localFileStorage('/var/lib/portal/files');
 */
export function localFileStorage(rootFolder: string): FileStorage {
  const root = resolve(rootFolder);
  const pathOf = (key: string): string => {
    assertStorageKey(key);
    return join(root, key);
  };

  return {
    async put(key, data, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // The sidecar lands first, so a reader who finds the new data also finds its type.
      await writeAtomically(path + TYPE_SUFFIX, Buffer.from(contentType, 'utf8'));
      await writeAtomically(path, data);
    },

    async get(key): Promise<StoredFile | null> {
      const path = pathOf(key);
      const data = await readIfPresent(path);
      if (!data) return null;
      const type = (await readIfPresent(path + TYPE_SUFFIX))?.toString('utf8').trim();
      return { data, contentType: type || FALLBACK_TYPE, size: data.length };
    },

    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(path + TYPE_SUFFIX, { force: true });
    },
  };
}

async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `${basename(path)}~${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The file's bytes, or null when there is none (also when the key names a folder of other keys). */
async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}
