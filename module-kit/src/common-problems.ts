import type { LocalizedText } from './contract.js';
import { localizedProblem, type Lang } from './localized-problem.js';
import { problemTypes, type ProblemError } from './problem.js';

/**
 * The problems every module answers alike, in the caller's language: bad fields, not found, forbidden,
 * and an upload that is not (readable) multipart/form-data. A module's own problems stay in the module.
 */

/** 400 '/problems/validation-error' with messages per field under `errors` (already in `lang`). */
export function invalidFields(errors: Record<string, string[]>, lang: Lang): ProblemError {
  return localizedProblem(
    400,
    problemTypes.validation,
    { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' },
    { vi: 'Một số trường chưa hợp lệ; xem "errors" cho từng trường.', en: 'Some fields are not valid; see "errors" for each field.' },
    lang,
    { errors },
  );
}

/** 400 '/problems/validation-error' with one message under `errors[field]`. */
export function fieldProblem(field: string, message: LocalizedText, lang: Lang): ProblemError {
  return invalidFields({ [field]: [message[lang]] }, lang);
}

/**
 * 404 '/problems/not-found' saying what is missing. Things the caller may not see answer the same, so
 * the answer never tells whether they exist.
 */
export function localizedNotFound(title: LocalizedText, detail: LocalizedText, lang: Lang, headers: Record<string, string> = {}): ProblemError {
  return localizedProblem(404, problemTypes.notFound, title, detail, lang, {}, headers);
}

/** 403 '/problems/forbidden': the caller is known, and `detail` says who may do this instead. */
export function localizedForbidden(detail: LocalizedText, lang: Lang): ProblemError {
  return localizedProblem(403, problemTypes.forbidden, { vi: 'Không có quyền', en: 'Forbidden' }, detail, lang);
}

/** 415 '/problems/unsupported-media-type': an upload route takes multipart/form-data only; `got` is what came. */
export function notMultipart(got: string, lang: Lang): ProblemError {
  return localizedProblem(
    415,
    problemTypes.unsupportedMediaType,
    { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
    {
      vi: `Hãy gửi dạng multipart/form-data (nhận được "${got || 'không có kiểu nội dung'}").`,
      en: `Send the body as multipart/form-data (got "${got || 'no content type'}").`,
    },
    lang,
  );
}

/** 400 '/problems/malformed-multipart': the multipart body could not be parsed. */
export function malformedMultipart(lang: Lang): ProblemError {
  return localizedProblem(
    400,
    '/problems/malformed-multipart',
    { vi: 'Dữ liệu gửi lên bị lỗi', en: 'Malformed form data' },
    {
      vi: 'Không đọc được dữ liệu multipart/form-data; hãy chọn lại tệp và gửi lại.',
      en: 'The multipart/form-data body could not be read; choose the files again and resend.',
    },
    lang,
  );
}
