import { findDangerousContent } from './dangerous-content.js';
import { corrupt, dangerous, tooLarge, unsupportedType } from './upload-messages.js';
import { detectUploadType, type UploadKind } from './upload-kind.js';

export interface UploadRules {
  /** The kinds this route takes, e.g. ['image/jpeg', 'image/png', 'image/webp', 'image/heic']. */
  accept: readonly UploadKind[];
  maxBytes: number;
}

/**
 * Checks a file against what a route accepts and returns its detected kind: size first, then
 * dangerous content (EICAR test string, MZ/ELF/Mach-O programs, files starting like a script,
 * PDFs with /JavaScript or /Launch actions), then the type detected from the bytes (never from the
 * name or declared type). Throws UploadRejected with a message a person can act on.
 * Images still need reencodePhoto (pixel limit, corrupt data, metadata removal) before being stored.
 * @example const kind = await checkUpload(bytes, { accept: ['application/pdf', 'image/jpeg'], maxBytes: 10 * 1024 * 1024 });
 */
export async function checkUpload(bytes: Uint8Array, rules: UploadRules): Promise<UploadKind> {
  if (bytes.byteLength > rules.maxBytes) throw tooLarge(bytes.byteLength, rules.maxBytes);
  if (bytes.byteLength === 0) throw corrupt();
  const danger = findDangerousContent(bytes);
  if (danger) throw dangerous(danger);
  const kind = await detectUploadType(bytes);
  if (!kind || !rules.accept.includes(kind)) throw unsupportedType(rules.accept);
  if (kind === 'application/pdf' && !hasPdfEnd(bytes)) throw corrupt();
  return kind;
}

/** A complete PDF ends with %%EOF (possibly followed by a little white space); a cut-off upload does not. */
function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024);
  return tail.includes('%%EOF', 0, 'latin1');
}
