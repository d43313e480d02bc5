const ZONE_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 all year (no DST).
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day number of an instant in Vietnam, so "days left" counts dates, not 24-hour blocks. */
function vietnamDay(instant: Date): number {
  return Math.floor((instant.getTime() + ZONE_OFFSET_MS) / DAY_MS);
}

/** How a running deadline stands. */
export type DueState = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

/**
 * How a deadline stands, in Vietnamese calendar days: due tomorrow → 1 day left; due at the end of
 * today → today; past the deadline → overdue by the days since its date (at least 1).
 * @example
 * dueState('2026-12-02T16:59:59Z', new Date('2026-11-30T03:00:00Z')) // { kind: 'left', days: 2 }
 */
export function dueState(dueAt: string, now: Date = new Date()): DueState {
  const due = new Date(dueAt);
  const days = vietnamDay(due) - vietnamDay(now);
  if (due.getTime() < now.getTime()) return { kind: 'overdue', days: Math.max(1, -days) };
  if (days <= 0) return { kind: 'today' };
  return { kind: 'left', days };
}
