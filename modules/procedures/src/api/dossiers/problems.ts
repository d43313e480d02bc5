import { localizedNotFound, localizedProblem, type LocalizedText } from '@portal/module-kit';
import type { Lang } from '../http.js';

/** Problems of the applicant routes beyond api/problems.ts; each sentence in Vietnamese, then English. */

export const messages = {
  idempotencyKey: {
    vi: 'Gửi tiêu đề Idempotency-Key gồm 8–128 ký tự ASCII nhìn thấy được (ví dụ một UUID) để lần gửi lại không nộp trùng hồ sơ.',
    en: 'Send an Idempotency-Key header of 8–128 visible ASCII characters (e.g. a UUID) so a retry never submits twice.',
  },
  fileMissing: { vi: 'Chọn một tệp để đính kèm (trường "file").', en: 'Choose a file to attach (field "file").' },
  documentIdMissing: { vi: 'Cho biết tệp thuộc giấy tờ nào (trường "documentId").', en: 'Say which document the file is for (field "documentId").' },
  unknownDocument: { vi: 'Thủ tục này không có giấy tờ này.', en: 'This procedure has no such document.' },
  supplementNotOpen: {
    vi: 'Không có yêu cầu bổ sung đang mở với mã này.',
    en: 'There is no open supplement request with this id.',
  },
  supplementNotExpected: {
    vi: 'Hồ sơ nháp không nhận tệp bổ sung; bỏ trường "supplementRequestId".',
    en: 'A draft takes no supplement files; leave out "supplementRequestId".',
  },
  documentRequired: { vi: 'Chưa đính kèm giấy tờ bắt buộc này.', en: 'This required document is not attached.' },
  supplementFilesMissing: {
    vi: 'Đính kèm ít nhất một tệp cho yêu cầu bổ sung trước khi gửi.',
    en: 'Attach at least one file for the supplement request before sending.',
  },
  unknownProvider: { vi: 'Không có hình thức thanh toán này.', en: 'There is no such payment method.' },
} satisfies Record<string, LocalizedText>;

export function bodyTooLarge(lang: Lang, maxBytes: number) {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return localizedProblem(
    413,
    '/problems/upload-too-large',
    { vi: 'Tệp quá lớn', en: 'File too large' },
    { vi: `Mỗi lần gửi tối đa ${mb} MB.`, en: `At most ${mb} MB per request.` },
    lang,
    { errors: { file: [lang === 'vi' ? `Tệp vượt quá ${mb} MB.` : `The file is larger than ${mb} MB.`] } },
  );
}

/** The name says one type, the bytes another (a PNG named .pdf, a program renamed .pdf is caught earlier as dangerous). */
export function mismatchedExtension(lang: Lang, extension: string, detected: string) {
  const message: LocalizedText = {
    vi: `Tên tệp có đuôi .${extension} nhưng nội dung là ${detected}; đổi tên cho đúng hoặc chọn tệp khác.`,
    en: `The file name ends in .${extension} but the content is ${detected}; rename it correctly or choose another file.`,
  };
  return localizedProblem(415, '/problems/upload-mismatched-extension', { vi: 'Tệp không được chấp nhận', en: 'File not accepted' }, message, lang, {
    errors: { file: [message[lang]] },
  });
}

export function tooManyFiles(lang: Lang, max: number, perDocument: boolean) {
  const message: LocalizedText = perDocument
    ? { vi: `Mỗi giấy tờ đính kèm tối đa ${max} tệp.`, en: `At most ${max} files per document.` }
    : { vi: `Mỗi hồ sơ đính kèm tối đa ${max} tệp.`, en: `At most ${max} files per dossier.` };
  return localizedProblem(422, '/problems/too-many-files', { vi: 'Quá nhiều tệp', en: 'Too many files' }, message, lang, { errors: { file: [message[lang]] } });
}

export function applicantTypeNotAllowed(lang: Lang, type: 'citizen' | 'business') {
  const who: LocalizedText = type === 'business' ? { vi: 'doanh nghiệp', en: 'businesses' } : { vi: 'công dân', en: 'citizens' };
  return localizedProblem(
    422,
    '/problems/applicant-type-not-allowed',
    { vi: 'Không thể nộp thủ tục này', en: 'This procedure is not for you' },
    { vi: `Thủ tục này không dành cho ${who.vi}.`, en: `This procedure is not open to ${who.en}.` },
    lang,
    { errors: { procedureId: [lang === 'vi' ? `Thủ tục không dành cho ${who.vi}.` : `Not open to ${who.en}.`] } },
  );
}

/** The token lacks what the dossier needs: a national id (citizen) or the enterprise (business). */
export function identityIncomplete(lang: Lang, type: 'citizen' | 'business') {
  return localizedProblem(
    422,
    '/problems/identity-incomplete',
    { vi: 'Thiếu thông tin định danh', en: 'Identity incomplete' },
    type === 'business'
      ? { vi: 'Tài khoản doanh nghiệp chưa gắn mã số thuế doanh nghiệp.', en: 'The business account carries no enterprise tax code.' }
      : { vi: 'Tài khoản chưa có số định danh cá nhân (CCCD).', en: 'The account carries no national id number.' },
    lang,
  );
}

export function procedureUnavailable(lang: Lang) {
  return localizedProblem(
    422,
    '/problems/procedure-unavailable',
    { vi: 'Thủ tục không còn tiếp nhận', en: 'Procedure not available' },
    { vi: 'Thủ tục này không có hoặc đã ngừng tiếp nhận hồ sơ trực tuyến.', en: 'This procedure does not exist or no longer takes dossiers online.' },
    lang,
    { errors: { procedureId: [lang === 'vi' ? 'Không có thủ tục đang tiếp nhận với mã này.' : 'No open procedure with this id.'] } },
  );
}

export function fileNotFound(lang: Lang) {
  return localizedNotFound({ vi: 'Không tìm thấy tệp', en: 'File not found' }, { vi: 'Hồ sơ không có tệp này.', en: 'The dossier has no such file.' }, lang);
}

export function resultNotAvailable(lang: Lang) {
  return localizedNotFound(
    { vi: 'Chưa có kết quả', en: 'No result yet' },
    { vi: 'Hồ sơ chưa có kết quả điện tử để tải về.', en: 'The dossier has no electronic result to download yet.' },
    lang,
  );
}

export function resultNotReleased(lang: Lang) {
  return localizedProblem(
    409,
    '/problems/result-not-released',
    { vi: 'Chưa thể tải kết quả', en: 'Result not released yet' },
    { vi: 'Kết quả đã có nhưng phí, lệ phí chưa được xác nhận đã nộp.', en: 'The result is issued but the fee has not been confirmed as paid.' },
    lang,
  );
}

export function paymentNotDue(lang: Lang) {
  return localizedProblem(
    409,
    '/problems/payment-not-due',
    { vi: 'Không có khoản phí cần nộp', en: 'No fee due' },
    { vi: 'Hồ sơ này hiện không có phí, lệ phí phải nộp.', en: 'This dossier has no fee due now.' },
    lang,
  );
}
