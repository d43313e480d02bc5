import { localizedNotFound, localizedProblem, type ProblemError } from '@portal/module-kit';
import { PRIVATE_CACHE, type Lang } from '../http.js';

/** The problems of the public routes (no sign-in), in the caller's language. */

/**
 * 404 for a lookup: the same answer whether the code is unknown, a draft's, or the digits are wrong, so
 * the answer tells nothing about which dossier codes exist.
 */
export function lookupNotFound(lang: Lang): ProblemError {
  return localizedNotFound(
    { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
    {
      vi: 'Không có hồ sơ nào khớp với mã hồ sơ và 4 số cuối đã nhập. Kiểm tra lại mã trên giấy tiếp nhận và 4 số cuối của số định danh cá nhân hoặc mã số thuế.',
      en: 'No dossier matches this code and these last 4 digits. Check the code on your receipt and the last 4 digits of the national id or tax code.',
    },
    lang,
    { 'Cache-Control': PRIVATE_CACHE },
  );
}

export function verificationNotFound(lang: Lang): ProblemError {
  return localizedNotFound(
    { vi: 'Mã xác thực không hợp lệ', en: 'Unknown verification code' },
    {
      vi: 'Không có văn bản kết quả nào được cấp với mã xác thực này. Văn bản mang mã này không phải do cơ quan nhà nước cấp qua cổng dịch vụ công.',
      en: 'No result document was issued with this verification code. A document bearing it was not issued through the public service portal.',
    },
    lang,
    // Not cached: a code issued a moment later must be found at once.
    { 'Cache-Control': PRIVATE_CACHE },
  );
}

export function templateNotFound(lang: Lang): ProblemError {
  return localizedNotFound(
    { vi: 'Không có mẫu đơn này', en: 'No such template' },
    { vi: 'Thủ tục không có mẫu đơn, tờ khai cho giấy tờ này.', en: 'The procedure has no form template for this document.' },
    lang,
  );
}

/** 429 with Retry-After: the public lookup is limited per client, since 4 digits can be guessed. */
export function tooManyLookups(lang: Lang, retryAfterSeconds: number, limit: number): ProblemError {
  return localizedProblem(
    429,
    '/problems/rate-limited',
    { vi: 'Tra cứu quá nhiều lần', en: 'Too many lookups' },
    {
      vi: `Mỗi thiết bị được tra cứu tối đa ${limit} lần mỗi phút. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
      en: `Each device may look up at most ${limit} times a minute. Please try again in ${retryAfterSeconds} seconds.`,
    },
    lang,
    { retryAfter: retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': PRIVATE_CACHE },
  );
}
