import { useLanguage } from '@portal/shared-ui';
import { useCallback } from 'react';
import type { LocalizedText } from '../../contract/form-schema.js';

/** Every date is shown in the province's time zone, whatever the device's zone is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "30/11/2026" in Vietnam time (both languages write dates day first). Accepts an ISO instant or 'YYYY-MM-DD'. */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  return dayFormat.format(new Date(value));
}

/** "08:30 30/11/2026" in Vietnam time. */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return `${timeFormat.format(at)} ${dayFormat.format(at)}`;
}

/** "100.000 ₫": whole đồng, dots between thousands, in both languages (the currency is the same). */
export function formatVnd(amount: number): string {
  const digits = Math.round(Math.abs(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} ₫`;
}

/** "1,5 MB" / "820 KB" (Vietnamese decimal comma in Vietnamese, a point in English). */
export function formatBytes(bytes: number, language: 'vi' | 'en' = 'vi'): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  const rounded = unit === 'B' ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${language === 'vi' ? rounded.replace('.', ',') : rounded} ${unit}`;
}

/** Picks the text of the current language from a { vi, en } pair. */
export function useLocalized(): (text: LocalizedText) => string {
  const { language } = useLanguage();
  return useCallback((text: LocalizedText) => (language === 'en' ? text.en : text.vi), [language]);
}
