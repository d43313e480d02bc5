import type { LocalizedText } from '../contract.js';
import { ProblemError } from '../problem.js';

export type UploadRejectedCode = 'too-large' | 'unsupported-type' | 'corrupt' | 'too-many-pixels' | 'dangerous';

/**
 * An upload the portal will not take. `message` is English; `messages` carries the same sentence in
 * Vietnamese and English for the person who chose the file; `field` is the form field it came from.
 */
export class UploadRejected extends Error {
  constructor(
    readonly code: UploadRejectedCode,
    readonly messages: LocalizedText,
    public field?: string,
  ) {
    super(messages.en);
    this.name = 'UploadRejected';
  }

  /**
   * The problem+json answer: 413 too large, 415 unsupported type, 422 otherwise, with the message
   * under `errors[field]` (field defaults to this.field, then 'file').
   * @example catch (e) { if (e instanceof UploadRejected) throw e.toProblem('photos.0', 'vi'); throw e; }
   */
  toProblem(field = this.field ?? 'file', lang: keyof LocalizedText = 'en'): ProblemError {
    const status = this.code === 'too-large' ? 413 : this.code === 'unsupported-type' ? 415 : 422;
    const detail = this.messages[lang];
    return new ProblemError({
      type: `/problems/upload-${this.code}`,
      title: lang === 'vi' ? 'Tệp không được chấp nhận' : 'File not accepted',
      status,
      detail,
      errors: { [field]: [detail] },
    });
  }
}
