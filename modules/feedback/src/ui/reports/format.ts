import { useLanguage } from '@portal/shared-ui';
import { useMemo } from 'react';

/** Every date is shown in the province's time zone, whatever the device's zone is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const locales = { vi: 'vi-VN', en: 'en-GB' } as const;

export interface DateFormat {
  dateTime(iso: string): string;
  date(iso: string): string;
  language: 'vi' | 'en';
}

/** Date formatters for the current language (vi-VN / en-GB), in Asia/Ho_Chi_Minh. */
export function useDateFormat(): DateFormat {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = locales[language];
    const day = { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    // "08:00 02/11/2026" / "02/11/2026, 08:00": four-digit years and 24-hour clocks in both languages.
    const dateTime = new Intl.DateTimeFormat(locale, { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const date = new Intl.DateTimeFormat(locale, day);
    return { dateTime: (iso) => dateTime.format(new Date(iso)), date: (iso) => date.format(new Date(iso)), language };
  }, [language]);
}
