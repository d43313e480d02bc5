import type { DossierStatus } from '../../contract/domain.js';

const ZONE_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 all year (no DST).
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day number of an instant in Vietnam, so "days left" counts dates, not 24-hour blocks. */
function vietnamDay(instant: Date): number {
  return Math.floor((instant.getTime() + ZONE_OFFSET_MS) / DAY_MS);
}

export type DueState =
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number }
  /** Waiting for the applicant's documents: the clock does not run. */
  | { kind: 'paused' }
  /** No deadline running (finished, or no appointment): show the date only. */
  | { kind: 'none' };

/** Statuses in which the agency's clock runs against the appointment. */
const CLOCK_RUNS: readonly DossierStatus[] = ['submitted', 'processing', 'approved'];

/**
 * How a dossier stands against its appointment, in Vietnamese calendar days: due tomorrow → 1 day left;
 * due today → today; past the appointment → overdue by the days since its date.
 */
export function dueState(status: DossierStatus, appointmentAt: string | null, now: Date = new Date()): DueState {
  if (status === 'awaiting_supplement') return { kind: 'paused' };
  if (!appointmentAt || !CLOCK_RUNS.includes(status)) return { kind: 'none' };
  const due = new Date(appointmentAt);
  const days = vietnamDay(due) - vietnamDay(now);
  if (due.getTime() < now.getTime()) return { kind: 'overdue', days: Math.max(1, -days) };
  if (days <= 0) return { kind: 'today' };
  return { kind: 'left', days };
}
