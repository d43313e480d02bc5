import { decodeKeysetCursor, type KeysetCursor } from '@portal/module-kit';
import type { Lang } from '../http.js';
import { invalidCursor } from './problems.js';

/**
 * Keyset cursor of the inbox: the sort column's value (`at`) and the dossier id breaking ties; the
 * encoding is module-kit's.
 */
export type InboxCursor = KeysetCursor;

export { encodeKeysetCursor as encodeCursor } from '@portal/module-kit';

/** 400 with errors.cursor when the cursor was not one this API handed out. */
export function decodeCursor(text: string | undefined, lang: Lang): InboxCursor | undefined {
  return decodeKeysetCursor(text, () => invalidCursor(lang));
}
