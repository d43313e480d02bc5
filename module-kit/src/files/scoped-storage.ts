import { assertStorageKey, type FileStorage } from './storage.js';

/**
 * A view of `storage` where every key lives under `prefix` ('feedback' or 'feedback/'): each module
 * gets its own, so one module can neither read nor overwrite another's files.
 * @example scopedStorage(localFileStorage(dir), 'feedback').put('photos/1.jpg', …) // stores feedback/photos/1.jpg
 */
export function scopedStorage(storage: FileStorage, prefix: string): FileStorage {
  const folder = prefix.replace(/\/+$/, '');
  assertStorageKey(folder);
  const full = (key: string): string => {
    assertStorageKey(key);
    return `${folder}/${key}`;
  };
  return {
    // async, so a bad key rejects the promise like the underlying store does instead of throwing.
    put: async (key, data, contentType) => storage.put(full(key), data, contentType),
    get: async (key) => storage.get(full(key)),
    delete: async (key) => storage.delete(full(key)),
  };
}
