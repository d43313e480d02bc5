import { localizedForbidden, localizedNotFound, localizedProblem, type LocalizedText, type ProblemError } from '@portal/module-kit';
import { PHOTOS_MAX, PHOTOS_MIN } from '../../contract/domain.js';
import type { Lang } from '../reads/http.js';

/**
 * The problems the write routes answer, each sentence in Vietnamese and English; `detail` and the field
 * errors come in the caller's language (Accept-Language, Vietnamese by default). The 400 with field errors
 * is module-kit's invalidFields / fieldProblem.
 */

export const messages = {
  idempotencyKey: {
    vi: 'Gửi tiêu đề Idempotency-Key gồm 8–128 ký tự ASCII nhìn thấy được (ví dụ một UUID) để lần gửi lại không tạo trùng phản ánh.',
    en: 'Send an Idempotency-Key header of 8–128 visible ASCII characters (e.g. a UUID) so a retry never creates a duplicate report.',
  },
  reportFieldMissing: {
    vi: 'Thiếu trường "report" chứa nội dung phản ánh dạng JSON.',
    en: 'The field "report" with the report as JSON is missing.',
  },
  reportFieldNotJson: {
    vi: 'Trường "report" phải là JSON hợp lệ.',
    en: 'The field "report" must be valid JSON.',
  },
  answerFieldMissing: {
    vi: 'Thiếu trường "answer" chứa nội dung trả lời dạng JSON.',
    en: 'The field "answer" with the answer as JSON is missing.',
  },
  answerFieldNotJson: {
    vi: 'Trường "answer" phải là JSON hợp lệ.',
    en: 'The field "answer" must be valid JSON.',
  },
  photoCount: (min: number, max: number): LocalizedText =>
    min > 0
      ? { vi: `Cần từ ${min} đến ${max} ảnh.`, en: `Attach ${min} to ${max} photos.` }
      : { vi: `Đính kèm tối đa ${max} ảnh.`, en: `Attach at most ${max} photos.` },
  photoNotFile: {
    vi: 'Trường "photos" phải là tệp ảnh, không phải văn bản.',
    en: 'The field "photos" must hold image files, not text.',
  },
  unknownCategory: {
    vi: 'Lĩnh vực này không tồn tại hoặc không còn nhận phản ánh. Hãy chọn một lĩnh vực trong danh sách.',
    en: 'This category does not exist or no longer takes reports. Choose one from the list.',
  },
  unknownUnit: {
    vi: 'Đơn vị này không tồn tại hoặc không còn hoạt động. Hãy chọn một đơn vị trong danh sách.',
    en: 'This unit does not exist or is no longer active. Choose one from the list.',
  },
  sameUnit: {
    vi: 'Phản ánh đang ở đơn vị này; hãy chọn một đơn vị khác để chuyển.',
    en: 'The report is already with this unit; choose another unit to forward it to.',
  },
} as const;

export const reportPhotoCount = messages.photoCount(PHOTOS_MIN, PHOTOS_MAX);

export function bodyTooLarge(lang: Lang, maxBytes: number): ProblemError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return localizedProblem(
    413,
    '/problems/payload-too-large',
    { vi: 'Dữ liệu quá lớn', en: 'Payload too large' },
    {
      vi: `Tổng dung lượng gửi lên vượt quá ${mb} MB. Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn (mỗi ảnh tối đa 10 MB).`,
      en: `The request is larger than ${mb} MB. Send fewer or smaller photos (10 MB each at most).`,
    },
    lang,
  );
}

export function outsideProvince(lang: Lang): ProblemError {
  return localizedProblem(
    422,
    '/problems/outside-province',
    { vi: 'Vị trí ngoài tỉnh Điện Biên', en: 'Location outside Điện Biên province' },
    {
      vi: 'Vị trí đã chọn nằm ngoài địa bàn tỉnh Điện Biên nên không thể tiếp nhận phản ánh. Hãy chọn một điểm trong tỉnh.',
      en: 'The chosen location is outside Điện Biên province, so the report cannot be taken. Choose a point inside the province.',
    },
    lang,
    { errors: { location: [lang === 'vi' ? 'Vị trí nằm ngoài tỉnh Điện Biên.' : 'The location is outside Điện Biên province.'] } },
  );
}

export function unknownCategory(lang: Lang): ProblemError {
  return localizedProblem(
    422,
    '/problems/unknown-category',
    { vi: 'Lĩnh vực không hợp lệ', en: 'Unknown category' },
    messages.unknownCategory,
    lang,
    { errors: { categoryId: [messages.unknownCategory[lang]] } },
  );
}

export function unknownUnit(lang: Lang, message: LocalizedText = messages.unknownUnit): ProblemError {
  return localizedProblem(422, '/problems/unknown-unit', { vi: 'Đơn vị không hợp lệ', en: 'Unknown unit' }, message, lang, {
    errors: { unitId: [message[lang]] },
  });
}

export function privacyWarning(lang: Lang, findings: Array<{ kind: string; match: string }>): ProblemError {
  return localizedProblem(
    422,
    '/problems/privacy-warning',
    { vi: 'Nội dung có thể lộ thông tin cá nhân', en: 'The text may reveal personal data' },
    {
      vi: 'Nội dung có số điện thoại hoặc số định danh cá nhân và phản ánh sẽ được công khai. Hãy xoá các số đó, hoặc xác nhận vẫn gửi (acknowledgePrivacyWarning).',
      en: 'The text contains a phone number or a personal id number and the report will be public. Remove them, or confirm sending anyway (acknowledgePrivacyWarning).',
    },
    lang,
    { findings, errors: { description: findings.map((finding) => finding.match) } },
  );
}

export function rateLimited(lang: Lang, retryAfterSeconds: number, limit: number): ProblemError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return localizedProblem(
    429,
    '/problems/rate-limited',
    { vi: 'Gửi quá nhiều phản ánh', en: 'Too many reports' },
    {
      vi: `Mỗi người gửi được tối đa ${limit} phản ánh trong một giờ. Hãy thử lại sau khoảng ${minutes} phút.`,
      en: `You can send at most ${limit} reports an hour. Try again in about ${minutes} minutes.`,
    },
    lang,
    {},
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export const reportNotFound = (lang: Lang): ProblemError =>
  localizedNotFound(
    { vi: 'Không tìm thấy', en: 'Not found' },
    { vi: 'Không có phản ánh nào với mã này mà bạn được phép thao tác.', en: 'There is no report with this code that you may act on.' },
    lang,
  );

export const adminReadOnly = (lang: Lang): ProblemError =>
  localizedForbidden(
    { vi: 'Quản trị viên chỉ xem phản ánh; chỉ cán bộ của đơn vị đang xử lý mới thao tác được.', en: 'Admins only read reports; only officers of the handling unit can act on them.' },
    lang,
  );

export const notReporter = (lang: Lang): ProblemError =>
  localizedForbidden({ vi: 'Chỉ người gửi phản ánh mới đánh giá được kết quả.', en: 'Only the person who sent the report can rate the answer.' }, lang);

export function cannotFollow(lang: Lang): ProblemError {
  return localizedProblem(
    409,
    '/problems/cannot-follow',
    { vi: 'Không theo dõi được', en: 'Cannot follow' },
    { vi: 'Chỉ theo dõi được phản ánh công khai đang xử lý.', en: 'Only public reports that are still open can be followed.' },
    lang,
  );
}

const TRANSITION_NAMES: Record<string, LocalizedText> = {
  accept: { vi: 'tiếp nhận', en: 'accept' },
  reject: { vi: 'từ chối', en: 'reject' },
  forward: { vi: 'chuyển đơn vị', en: 'forward' },
  assign: { vi: 'phân công', en: 'assign' },
  note: { vi: 'ghi chú nội bộ', en: 'add an internal note' },
  extend: { vi: 'gia hạn', en: 'extend the deadline' },
  answer: { vi: 'trả lời', en: 'answer' },
  rate: { vi: 'đánh giá', en: 'rate' },
};

export function illegalTransition(lang: Lang, status: string, action: string, allowed: string[]): ProblemError {
  const name = TRANSITION_NAMES[action] ?? { vi: action, en: action };
  return localizedProblem(
    409,
    '/problems/illegal-transition',
    { vi: 'Thao tác không hợp lệ', en: 'Illegal transition' },
    {
      vi: `Không thể ${name.vi} phản ánh đang ở trạng thái "${status}". Thao tác được phép: ${allowed.join(', ') || 'không có'}.`,
      en: `A report in status "${status}" cannot be given the action "${name.en}". Allowed now: ${allowed.join(', ') || 'none'}.`,
    },
    lang,
    { allowed },
  );
}

export function staleVersion(lang: Lang, sent: number, current: number): ProblemError {
  return localizedProblem(
    409,
    '/problems/stale-version',
    { vi: 'Dữ liệu đã cũ', en: 'Stale version' },
    {
      vi: `Phản ánh đã được thay đổi sau khi bạn mở (bạn gửi phiên bản ${sent}, hiện là ${current}). Hãy tải lại rồi thao tác lại.`,
      en: `The report was changed since you read it (you sent version ${sent}, it is now ${current}). Reload it and try again.`,
    },
    lang,
    { currentVersion: current },
  );
}
