import { describe, expect, it } from 'vitest';
import { HOLIDAYS } from './vietnam-holidays.js';
import { addWorkingDays, isWorkingDay, vietnamDay, workingDaysBetween } from './working-days.js';

const holidays = new Set(HOLIDAYS.map((holiday) => holiday.day));
const none = new Set<string>();
/** An instant written in Vietnamese local time. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('addWorkingDays', () => {
  it('ends at 23:59:59.999 in Vietnam (16:59:59.999 UTC) of the Nth working day', () => {
    expect(addWorkingDays(vn('2026-03-10T09:00:00'), 1, none).toISOString()).toBe('2026-03-11T16:59:59.999Z');
  });

  it('moves a Friday-evening report with 1 day to Monday', () => {
    expect(addWorkingDays(vn('2026-03-13T21:30:00'), 1, none)).toEqual(vn('2026-03-16T23:59:59.999'));
  });

  it('counts by the Vietnamese day, not the UTC day (Saturday 01:00 in Vietnam is Friday in UTC)', () => {
    expect(addWorkingDays(vn('2026-03-14T01:00:00'), 1, none)).toEqual(vn('2026-03-16T23:59:59.999'));
  });

  it('skips a weekend inside a 10-day deadline (two full weeks)', () => {
    expect(addWorkingDays(vn('2026-03-09T08:00:00'), 10, none)).toEqual(vn('2026-03-23T23:59:59.999'));
  });

  it('skips Tết 2026: a report on Friday 13/2 with 1 day is due Monday 23/2', () => {
    expect(addWorkingDays(vn('2026-02-13T10:00:00'), 1, holidays)).toEqual(vn('2026-02-23T23:59:59.999'));
  });

  it('skips 30/4 and 1/5 2026: a report on Wednesday 29/4 with 2 days is due Tuesday 5/5', () => {
    expect(addWorkingDays(vn('2026-04-29T15:00:00'), 2, holidays)).toEqual(vn('2026-05-05T23:59:59.999'));
    expect(addWorkingDays(vn('2026-04-29T15:00:00'), 2, none)).toEqual(vn('2026-05-01T23:59:59.999'));
  });

  it('skips the Giỗ Tổ compensation day (Monday 27/4/2026)', () => {
    expect(addWorkingDays(vn('2026-04-24T08:00:00'), 1, holidays)).toEqual(vn('2026-04-28T23:59:59.999'));
  });

  it('extends from a due date: 3 more working days after Friday night is Wednesday', () => {
    const due = vn('2026-03-13T23:59:59.999');
    expect(addWorkingDays(due, 3, none)).toEqual(vn('2026-03-18T23:59:59.999'));
  });

  it('with 0 days gives the end of the same day and refuses negative or fractional days', () => {
    expect(addWorkingDays(vn('2026-03-14T08:00:00'), 0, none)).toEqual(vn('2026-03-14T23:59:59.999'));
    expect(() => addWorkingDays(new Date(), -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, none)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends and holidays, true on other weekdays', () => {
    expect(isWorkingDay('2026-03-14', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-15', none)).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-16', none)).toBe(true);
    expect(isWorkingDay('2026-02-17', holidays)).toBe(false); // mùng 1 Tết
    expect(isWorkingDay('2026-09-02', holidays)).toBe(false);
    expect(isWorkingDay('2026-02-23', holidays)).toBe(true);
  });

  it('reads an instant on the Vietnamese calendar', () => {
    expect(isWorkingDay(new Date('2026-03-13T18:00:00Z'), none)).toBe(false); // Saturday 01:00 in Vietnam
    expect(vietnamDay(new Date('2026-03-13T16:59:59Z'))).toBe('2026-03-13');
    expect(vietnamDay(new Date('2026-03-13T17:00:00Z'))).toBe('2026-03-14');
  });
});

describe('workingDaysBetween', () => {
  it('inverts addWorkingDays across holidays', () => {
    for (const [start, days] of [['2026-02-10T09:00:00', 7], ['2026-04-20T09:00:00', 10], ['2025-12-30T16:00:00', 3]] as const) {
      const from = vn(start);
      expect(workingDaysBetween(from, addWorkingDays(from, days, holidays), holidays)).toBe(days);
    }
  });

  it('is 0 on the same day, negative backwards, and ignores Tết days', () => {
    expect(workingDaysBetween(vn('2026-03-10T08:00:00'), vn('2026-03-10T20:00:00'), none)).toBe(0);
    expect(workingDaysBetween(vn('2026-03-16T08:00:00'), vn('2026-03-13T08:00:00'), none)).toBe(-1);
    expect(workingDaysBetween(vn('2026-02-13T08:00:00'), vn('2026-02-23T08:00:00'), holidays)).toBe(1);
  });
});
