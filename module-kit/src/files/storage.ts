/** One stored file as read back. */
export interface StoredFile {
  data: Buffer;
  contentType: string;
  size: number;
}

/**
 * Where modules keep files (photos, attachments). The local folder is the default; an S3-compatible
 * store can implement the same three calls (see README, "Files and uploads").
 */
export interface FileStorage {
  /** Stores (or replaces) the file; a reader never sees it half written. */
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no file under that key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; a missing one is fine. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/;
const MAX_KEY_LENGTH = 512;

/**
 * Throws unless `key` is a safe relative path such as 'reports/2026/abc.jpg': lower-case letters,
 * digits, '_', '.', '-' and '/' between non-empty segments; no segment '.', '..' or starting with '.'
 * (so a key never names a hidden file, a parent folder or the local store's temporary files).
 */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  const valid =
    key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key) && segments.every((segment) => !segment.startsWith('.'));
  if (!valid) {
    throw new InvalidStorageKeyError(key);
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(
      `storage key "${key}" is not allowed: use a relative path of [a-z0-9_.-] segments joined by "/", ` +
        `no segment starting with "." (so no ".."), at most ${MAX_KEY_LENGTH} characters`,
    );
    this.name = 'InvalidStorageKeyError';
  }
}
