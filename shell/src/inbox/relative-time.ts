const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
];

/**
 * "5 phút trước" / "5 minutes ago", "Hôm qua" / "yesterday": how long ago `date` was, in the
 * largest unit that fits. Under 45 seconds reads as "bây giờ" / "now".
 */
export function formatRelativeTime(date: Date, now: Date, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const sign = date < now ? -1 : 1;
  let amount = Math.abs(date.getTime() - now.getTime()) / 1000;
  if (amount < 45) return format.format(0, 'second');
  for (const [unit, perNext] of STEPS) {
    // Compared after rounding, so 59.6 minutes reads "1 giờ trước", never "60 phút trước".
    if (Math.round(amount) < perNext) return format.format(sign * Math.round(amount), unit);
    amount /= perNext;
  }
  return format.format(sign * Math.round(amount), 'year');
}

/** The exact moment, for the tooltip: "03:36 30 thg 11, 2026" / "Nov 30, 2026, 3:36 AM". */
export function formatDateTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
