import { dueState as deadlineState, type DueState as DeadlineState } from '@portal/shared-ui/office';
import type { DossierStatus } from '../../contract/domain.js';

export type DueState =
  | DeadlineState
  /** Waiting for the applicant's documents: the clock does not run. */
  | { kind: 'paused' }
  /** No deadline running (finished, or no appointment): show the date only. */
  | { kind: 'none' };

/** Statuses in which the agency's clock runs against the appointment. */
const CLOCK_RUNS: readonly DossierStatus[] = ['submitted', 'processing', 'approved'];

/** How a dossier stands against its appointment, in Vietnamese calendar days (shared-ui's `dueState`), paused or none. */
export function dueState(status: DossierStatus, appointmentAt: string | null, now: Date = new Date()): DueState {
  if (status === 'awaiting_supplement') return { kind: 'paused' };
  if (!appointmentAt || !CLOCK_RUNS.includes(status)) return { kind: 'none' };
  return deadlineState(appointmentAt, now);
}
