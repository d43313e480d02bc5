import { ATTACHMENT_MAX_BYTES } from '../../../contract/domain.js';

/** What the file inputs offer; the server detects the real type from the content anyway. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Why a chosen file is refused before uploading it (the 20 MB limit, the three types), or null. */
export function fileProblem(file: File): 'tooLarge' | 'wrongType' | null {
  if (file.size > ATTACHMENT_MAX_BYTES) return 'tooLarge';
  if (!ACCEPTED_TYPES.includes(file.type) && !ACCEPTED_EXTENSIONS.test(file.name)) return 'wrongType';
  return null;
}
