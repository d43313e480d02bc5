import { createHash, randomUUID } from 'node:crypto';
import { PHOTO_KINDS, UploadRejected, checkUpload, reencodePhoto, type FileStorage, type ProcessedImage } from '@portal/module-kit';
import { PHOTO_MAX_BYTES, type PhotoPurpose } from '../../contract/domain.js';
import type { photos as photosTable } from '../../db/schema.js';
import type { Lang } from '../reads/http.js';

/** A photo re-encoded (metadata gone, longest side 2048, thumbnail 400) and ready to store. */
export interface PreparedPhoto {
  id: string;
  full: ProcessedImage;
  thumb: ProcessedImage;
}

/** A stored photo: where its two files are. */
export interface StoredPhoto extends PreparedPhoto {
  fullKey: string;
  thumbKey: string;
}

/** A digest of the uploaded bytes, so a retry with other photos under the same Idempotency-Key is noticed. */
export const photoDigests = (uploads: readonly Uint8Array[]): string[] =>
  uploads.map((bytes) => createHash('sha256').update(bytes).digest('hex'));

const asProblem = (error: unknown, index: number, lang: Lang): unknown =>
  error instanceof UploadRejected ? error.toProblem(`photos[${index}]`, lang) : error;

/**
 * Checks every upload by its content (size, type, dangerous content) before any is decoded, so a script
 * named .jpg is refused cheaply; the problem names the file: errors["photos[2]"].
 */
export async function checkPhotos(uploads: readonly Uint8Array[], lang: Lang): Promise<void> {
  for (const [index, bytes] of uploads.entries()) {
    try {
      await checkUpload(bytes, { accept: PHOTO_KINDS, maxBytes: PHOTO_MAX_BYTES });
    } catch (error) {
      throw asProblem(error, index, lang);
    }
  }
}

/** Re-encodes the photos one after the other (sharp is memory hungry; five at once on a phone-sized server is not kind). */
export async function preparePhotos(uploads: readonly Uint8Array[], lang: Lang): Promise<PreparedPhoto[]> {
  const prepared: PreparedPhoto[] = [];
  for (const [index, bytes] of uploads.entries()) {
    try {
      const { full, thumb } = await reencodePhoto(bytes);
      prepared.push({ id: randomUUID(), full, thumb });
    } catch (error) {
      throw asProblem(error, index, lang);
    }
  }
  return prepared;
}

/**
 * Stores the photos under reports/<reportId>/<photoId>{,-thumb}.jpg. Runs BEFORE the database transaction
 * (files cannot roll back); if one put fails, the ones already written are deleted again.
 */
export async function storePhotos(files: FileStorage, reportId: string, prepared: readonly PreparedPhoto[]): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  try {
    for (const photo of prepared) {
      const fullKey = `reports/${reportId}/${photo.id}.jpg`;
      const thumbKey = `reports/${reportId}/${photo.id}-thumb.jpg`;
      // Recorded before the puts, so a failure between them still deletes both.
      stored.push({ ...photo, fullKey, thumbKey });
      await files.put(fullKey, photo.full.data, photo.full.contentType);
      await files.put(thumbKey, photo.thumb.data, photo.thumb.contentType);
    }
    return stored;
  } catch (error) {
    await deletePhotos(files, stored);
    throw error;
  }
}

/** Removes stored files when the transaction that should have recorded them failed or was a replay. */
export async function deletePhotos(files: FileStorage, stored: readonly StoredPhoto[]): Promise<void> {
  await Promise.allSettled(stored.flatMap((photo) => [files.delete(photo.fullKey), files.delete(photo.thumbKey)]));
}

/** The rows of the photos table for stored photos. */
export function photoRows(
  reportId: string,
  purpose: PhotoPurpose,
  stored: readonly StoredPhoto[],
  firstPosition = 0,
): Array<typeof photosTable.$inferInsert> {
  return stored.map((photo, index) => ({
    id: photo.id,
    reportId,
    purpose,
    position: firstPosition + index,
    fullKey: photo.fullKey,
    thumbKey: photo.thumbKey,
    width: photo.full.width,
    height: photo.full.height,
    bytes: photo.full.size,
  }));
}

/** Stores photos, runs `work`, and deletes the files again if `work` fails or says they were not used. */
export async function withStoredPhotos<T>(
  files: FileStorage,
  reportId: string,
  prepared: readonly PreparedPhoto[],
  work: (stored: StoredPhoto[]) => Promise<{ result: T; used: boolean }>,
): Promise<T> {
  const stored = await storePhotos(files, reportId, prepared);
  let outcome: { result: T; used: boolean };
  try {
    outcome = await work(stored);
  } catch (error) {
    await deletePhotos(files, stored);
    throw error;
  }
  if (!outcome.used) await deletePhotos(files, stored);
  return outcome.result;
}
