import type { Caller } from '@portal/module-kit';
import type { OfficerAction, Rating, ReportStatus } from '../../contract/domain.js';
import type { Lang } from '../reads/http.js';
import { isOfficerOf } from '../reads/visibility.js';
import { illegalTransition, staleVersion } from './problems.js';

/**
 * The report state machine. Officers act only on open reports (submitted, in progress) of their current
 * unit; the reporter rates an answered report. Forwarding hands the report to another unit, which must
 * accept it again, so it goes back to 'submitted'.
 */

/** What an officer of the handling unit may do in each status, in the order the UI shows them. */
const OFFICER_ACTIONS_BY_STATUS: Readonly<Record<ReportStatus, readonly OfficerAction[]>> = {
  submitted: ['accept', 'reject', 'forward', 'assign', 'note', 'extend', 'answer'],
  in_progress: ['answer', 'forward', 'reject', 'assign', 'note', 'extend'],
  answered: [],
  closed: [],
  rejected: [],
};

/** The status an action leaves the report in (note, assign and extend keep it). */
export function statusAfter(status: ReportStatus, action: OfficerAction): ReportStatus {
  switch (action) {
    case 'accept':
      return 'in_progress';
    case 'reject':
      return 'rejected';
    case 'forward':
      return 'submitted';
    case 'answer':
      return 'answered';
    default:
      return status;
  }
}

/** The status a rating leaves an answered report in: satisfied closes it, not satisfied reopens it. */
export function statusAfterRating(value: Rating): ReportStatus {
  return value === 'satisfied' ? 'closed' : 'in_progress';
}

/**
 * The officer actions the caller may take on the report now; empty for anyone who is not an officer of
 * the unit that has it (admins read everything but act on nothing). ReportDetail.can.act shows exactly this.
 */
export function allowedActions(
  report: { status: ReportStatus; unitId: string },
  caller: Caller | null | undefined,
): OfficerAction[] {
  if (!isOfficerOf(caller, report.unitId)) return [];
  return [...OFFICER_ACTIONS_BY_STATUS[report.status]];
}

/** Whether the reporter may rate now (only an answered report, only its reporter). */
export function canRate(report: { status: ReportStatus; reporterSub: string }, caller: Caller | null | undefined): boolean {
  return caller !== null && caller !== undefined && caller.sub === report.reporterSub && report.status === 'answered';
}

/**
 * 409 '/problems/illegal-transition' unless `action` is allowed in the report's status; `allowed` lists the
 * actions of the same kind (officer actions, or the reporter's rating) that are possible now.
 */
export function assertTransition(report: { status: ReportStatus }, action: OfficerAction | 'rate', lang: Lang): void {
  const allowed: string[] =
    action === 'rate' ? (report.status === 'answered' ? ['rate'] : []) : [...OFFICER_ACTIONS_BY_STATUS[report.status]];
  if (!allowed.includes(action)) throw illegalTransition(lang, report.status, action, allowed);
}

/** 409 '/problems/stale-version' when the report changed since the caller read it. */
export function assertVersion(report: { version: number }, sent: number, lang: Lang): void {
  if (report.version !== sent) throw staleVersion(lang, sent, report.version);
}
