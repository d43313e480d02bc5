import type { LocalizedText } from '@portal/module-kit';

/** Titles of the in-app notifications a report's reporter and followers get, Vietnamese first. */

/** "30/11/2026", the date in Vietnam (UTC+7). */
function vietnamDate(at: Date): string {
  const day = new Date(at.getTime() + 7 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

export const notices = {
  accepted: (code: string, unit: LocalizedText): LocalizedText => ({
    vi: `Phản ánh ${code} đã được ${unit.vi} tiếp nhận`,
    en: `Report ${code} was accepted by ${unit.en}`,
  }),
  rejected: (code: string): LocalizedText => ({
    vi: `Phản ánh ${code} không được tiếp nhận`,
    en: `Report ${code} was not accepted`,
  }),
  forwarded: (code: string, unit: LocalizedText): LocalizedText => ({
    vi: `Phản ánh ${code} đã được chuyển đến ${unit.vi}`,
    en: `Report ${code} was forwarded to ${unit.en}`,
  }),
  answered: (code: string): LocalizedText => ({
    vi: `Phản ánh ${code} đã có kết quả trả lời`,
    en: `Report ${code} has been answered`,
  }),
  answeredBody: {
    vi: 'Xem câu trả lời của đơn vị xử lý.',
    en: 'See the answer of the handling unit.',
  },
  extended: (code: string, dueAt: Date): LocalizedText => ({
    vi: `Thời hạn xử lý phản ánh ${code} được gia hạn đến ${vietnamDate(dueAt)}`,
    en: `The deadline of report ${code} was extended to ${vietnamDate(dueAt)}`,
  }),
  reopened: (code: string): LocalizedText => ({
    vi: `Phản ánh ${code} được mở lại để tiếp tục xử lý`,
    en: `Report ${code} was reopened for further handling`,
  }),
  closed: (code: string): LocalizedText => ({
    vi: `Phản ánh ${code} đã hoàn thành`,
    en: `Report ${code} was closed`,
  }),
};
