/**
 * Deadlines in working days, counted on the calendar of Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam has no
 * daylight saving time, so a fixed offset is exact and needs no time-zone database). Saturdays, Sundays and
 * the days of the `holidays` table are not working days.
 */

/** Vietnam's offset from UTC in milliseconds. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Holidays as calendar days 'YYYY-MM-DD'. */
export type HolidaySet = ReadonlySet<string>;

/** The calendar day (YYYY-MM-DD) in Vietnam at this instant. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a Vietnamese calendar day (23:59:59.999 +07:00) as an instant. */
export function endOfVietnamDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - VIETNAM_OFFSET_MS + DAY_MS - 1);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** A calendar day 'YYYY-MM-DD', or the Vietnamese calendar day of an instant. */
export function isWorkingDay(day: string | Date, holidays: HolidaySet): boolean {
  const calendarDay = typeof day === 'string' ? day : vietnamDay(day);
  const weekday = new Date(`${calendarDay}T00:00:00.000Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(calendarDay);
}

/**
 * The end (23:59:59.999 in Vietnam) of the `days`-th working day after the day of `from`: a report sent on
 * a Friday evening with 1 day is due on Monday night. The day of `from` itself never counts, whatever the
 * hour, so a report sent at 07:00 has the same deadline as one sent at 22:00. `days` = 0 gives the end of
 * the day of `from`. Extending a deadline is addWorkingDays(dueAt, extraDays).
 */
export function addWorkingDays(from: Date, days: number, holidays: HolidaySet): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  let day = vietnamDay(from);
  for (let counted = 0; counted < days; ) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return endOfVietnamDay(day);
}

/**
 * Working days after the day of `from` up to and including the day of `to` (negative when `to` is on an
 * earlier day), so that workingDaysBetween(from, addWorkingDays(from, n)) === n. Answered the next
 * working day = 1; answered the same day = 0.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: HolidaySet): number {
  const start = vietnamDay(from);
  const end = vietnamDay(to);
  if (end < start) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let day = start; day < end; ) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return count;
}
