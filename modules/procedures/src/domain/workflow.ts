import type { ApplicantAction, DossierStatus, OfficerAction } from '../contract/domain.js';
import type { DossierRow } from '../db/schema.js';

/**
 * The dossier state machine (contract/domain.ts, DOSSIER_STATUSES). Pure: what each side may do in each
 * status, and the status an action leads to. The API refuses anything else with 409 naming the allowed
 * actions (api/problems.ts illegalTransition); DossierDetail.can shows exactly these lists.
 */

export type WorkflowRow = Pick<DossierRow, 'status' | 'feeStatus' | 'appointmentAt'>;

const OFFICER_BY_STATUS: Readonly<Record<DossierStatus, readonly OfficerAction[]>> = {
  draft: [],
  submitted: ['receive', 'refuse'],
  processing: ['assign', 'request_supplement', 'approve', 'deny'],
  awaiting_supplement: ['assign'],
  approved: ['issue_result', 'assign'],
  result_issued: ['return_result'],
  returned: [],
  withdrawn: [],
  refused: [],
  denied: [],
};

const APPLICANT_BY_STATUS: Readonly<Record<DossierStatus, readonly ApplicantAction[]>> = {
  draft: ['edit', 'attach', 'submit', 'delete'],
  submitted: ['withdraw'],
  processing: [],
  awaiting_supplement: ['attach', 'supplement'],
  approved: [],
  result_issued: [],
  returned: [],
  withdrawn: [],
  refused: [],
  denied: [],
};

/** Statuses in which a fee still due can be confirmed as paid at the counter. */
const PAYABLE: readonly DossierStatus[] = ['submitted', 'processing', 'awaiting_supplement', 'approved', 'result_issued'];
/** Statuses in which an overdue dossier gets an apology letter with a new appointment. */
const APOLOGIZABLE: readonly DossierStatus[] = ['processing', 'approved'];

export function isOverdue(row: WorkflowRow, now: Date): boolean {
  return APOLOGIZABLE.includes(row.status) && row.appointmentAt !== null && row.appointmentAt.getTime() < now.getTime();
}

/**
 * What an officer of the agency may do now. confirm_payment only while a fee is due; return_result only
 * once the fee is paid (or there is none); apologize only when overdue.
 */
export function officerActions(row: WorkflowRow, now: Date): OfficerAction[] {
  const actions = OFFICER_BY_STATUS[row.status].filter((action) => action !== 'return_result' || row.feeStatus !== 'due');
  if (row.feeStatus === 'due' && PAYABLE.includes(row.status)) actions.push('confirm_payment');
  if (isOverdue(row, now)) actions.push('apologize');
  return actions;
}

export function applicantActions(row: Pick<DossierRow, 'status'>): ApplicantAction[] {
  return [...APPLICANT_BY_STATUS[row.status]];
}

/** The status an officer action leaves the dossier in (assign, confirm_payment and apologize keep it). */
export function statusAfterOfficer(status: DossierStatus, action: OfficerAction): DossierStatus {
  switch (action) {
    case 'receive':
      return 'processing';
    case 'refuse':
      return 'refused';
    case 'request_supplement':
      return 'awaiting_supplement';
    case 'approve':
      return 'approved';
    case 'deny':
      return 'denied';
    case 'issue_result':
      return 'result_issued';
    case 'return_result':
      return 'returned';
    default:
      return status;
  }
}

/** The status an applicant action leaves the dossier in. */
export function statusAfterApplicant(status: DossierStatus, action: ApplicantAction): DossierStatus {
  switch (action) {
    case 'submit':
      return 'submitted';
    case 'withdraw':
      return 'withdrawn';
    case 'supplement':
      return 'processing';
    default:
      return status;
  }
}

/** Whether the applicant may download the electronic result: issued, and no fee left unpaid. */
export function resultReleasedToApplicant(row: Pick<DossierRow, 'status' | 'feeStatus'>): boolean {
  return (row.status === 'result_issued' || row.status === 'returned') && row.feeStatus !== 'due';
}
