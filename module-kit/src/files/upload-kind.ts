import { fileTypeFromBuffer } from 'file-type';

/** The kinds of upload the portal accepts anywhere; each route names its own subset. */
export const UPLOAD_KINDS = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** Detected MIME type → upload kind. HEIF stills from phones say heic or heif depending on the brand. */
const KIND_OF_MIME: Record<string, UploadKind> = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/webp': 'image/webp',
  'image/heic': 'image/heic',
  'image/heif': 'image/heic',
  'application/pdf': 'application/pdf',
};

/** Detects the type from the bytes (file-type), never from the name or the declared type. null = unknown. */
export async function detectUploadType(bytes: Uint8Array): Promise<UploadKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return (detected && KIND_OF_MIME[detected.mime]) ?? null;
}

/** Short names people know, for messages: 'JPEG, PNG'. */
export const KIND_LABELS: Record<UploadKind, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
};
