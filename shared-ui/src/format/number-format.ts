/*
 * `@portal/shared-ui/format`: numbers of statistics pages written the Vietnamese way (dot thousands,
 * comma decimals) or the English way. A subpath, not in the shared singleton: only module pages use it.
 */
import type { Language } from '../i18n/i18n.js';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "1.234" (vi) / "1,234" (en). */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** "87,5 %" (vi) / "87.5%" (en), one decimal at most; null (nothing to measure yet) → null. */
export function formatPercent(value: number | null, language: Language): string | null {
  if (value === null) return null;
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** "3,5" (vi) / "3.5" (en) days, one decimal at most; null → null. */
export function formatDays(value: number | null, language: Language): string | null {
  if (value === null) return null;
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
}
