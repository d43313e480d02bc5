import type { LocalizedText } from '@portal/module-kit';

/**
 * What the applicant side is told, in Vietnamese and English, naming the dossier code and what happened.
 * Reasons given by the officer travel as the body: the applicant must know why.
 */

const vnDate = (at: Date) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
const enDate = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' }).format(at);

export interface Notice {
  title: LocalizedText;
  body?: LocalizedText;
}

const same = (text: string): LocalizedText => ({ vi: text, en: text });
/** Notification bodies hold at most 2000 characters (module-kit publishEvent); a long reason is cut. */
const clip = (text: string) => (text.length > 2000 ? `${text.slice(0, 1999)}…` : text);

export const notices = {
  received: (code: string, appointmentAt: Date | null): Notice => ({
    title: { vi: `Hồ sơ ${code} đã được tiếp nhận`, en: `Dossier ${code} has been received` },
    ...(appointmentAt
      ? { body: { vi: `Ngày hẹn trả kết quả: ${vnDate(appointmentAt)}.`, en: `Result due on ${enDate(appointmentAt)}.` } }
      : {}),
  }),
  refused: (code: string, reason: string): Notice => ({
    title: { vi: `Hồ sơ ${code} không được tiếp nhận`, en: `Dossier ${code} was not accepted` },
    body: same(reason),
  }),
  supplementRequested: (code: string, reason: string): Notice => ({
    title: { vi: `Hồ sơ ${code} cần bổ sung giấy tờ`, en: `Dossier ${code} needs more documents` },
    body: same(reason),
  }),
  approved: (code: string): Notice => ({
    title: { vi: `Hồ sơ ${code} đã được phê duyệt`, en: `Dossier ${code} has been approved` },
    body: { vi: 'Cơ quan đang chuẩn bị kết quả.', en: 'The agency is preparing the result.' },
  }),
  denied: (code: string, reason: string): Notice => ({
    title: { vi: `Hồ sơ ${code} không được giải quyết`, en: `Dossier ${code} was denied` },
    body: same(reason),
  }),
  resultIssued: (code: string, feeDue: boolean): Notice => ({
    title: { vi: `Hồ sơ ${code} đã có kết quả`, en: `The result of dossier ${code} is ready` },
    body: feeDue
      ? { vi: 'Vui lòng nộp phí để nhận kết quả.', en: 'Please pay the fee to receive the result.' }
      : { vi: 'Bạn có thể tải kết quả điện tử hoặc nhận tại Bộ phận Một cửa.', en: 'Download the electronic result or collect it at the one-stop desk.' },
  }),
  paymentConfirmed: (code: string): Notice => ({
    title: { vi: `Đã xác nhận nộp phí hồ sơ ${code}`, en: `Fee payment for dossier ${code} confirmed` },
  }),
  returned: (code: string): Notice => ({
    title: { vi: `Đã trả kết quả hồ sơ ${code}`, en: `The result of dossier ${code} has been handed over` },
  }),
  apology: (code: string, agencyName: LocalizedText, newAppointmentAt: Date, reason: string): Notice => ({
    title: {
      vi: `Thư xin lỗi: hồ sơ ${code} trễ hẹn, hẹn lại ngày ${vnDate(newAppointmentAt)}`,
      en: `Apology: dossier ${code} is late, now due on ${enDate(newAppointmentAt)}`,
    },
    body: {
      vi: clip(`${agencyName.vi} xin lỗi vì đã trễ hẹn trả kết quả hồ sơ ${code}. Lý do: ${reason}`),
      en: clip(`${agencyName.en} apologises for the late result of dossier ${code}. Reason: ${reason}`),
    },
  }),
};
