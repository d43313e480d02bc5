import { REASON_MAX, REASON_MIN, type OfficerAction } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import type { ProceduresClient } from '../shared/api-client.js';

/** What the officer typed or ticked in an action's dialog. */
export interface ActionValues {
  reason: string;
  documentIds: string[];
  assignee: 'me' | 'other';
  /** The colleague picked from the directory; empty when their name was typed (the directory was down). */
  handlerSub: string;
  handlerName: string;
  reference: string;
  newAppointmentDate: string;
}

export const EMPTY_VALUES: ActionValues = { reason: '', documentIds: [], assignee: 'me', handlerSub: '', handlerName: '', reference: '', newAppointmentDate: '' };

/** Field → message key (under office.fields) for what is wrong before anything is sent. */
export type LocalErrors = Partial<Record<'reason' | 'handlerName' | 'reference' | 'newAppointmentDate', 'required' | 'reasonLength'>>;

const NEEDS_REASON: readonly OfficerAction[] = ['refuse', 'deny', 'request_supplement', 'apologize'];

/** The API's own rules, checked first so an officer is told at once (the API checks again). */
export function checkAction(action: OfficerAction, values: ActionValues): LocalErrors {
  const errors: LocalErrors = {};
  const reason = values.reason.trim();
  if (NEEDS_REASON.includes(action) && (reason.length < REASON_MIN || reason.length > REASON_MAX)) errors.reason = 'reasonLength';
  if (action === 'assign' && values.assignee === 'other' && !values.handlerName.trim()) errors.handlerName = 'required';
  if (action === 'confirm_payment' && !values.reference.trim()) errors.reference = 'required';
  if (action === 'apologize' && !/^\d{4}-\d{2}-\d{2}$/.test(values.newAppointmentDate)) errors.newAppointmentDate = 'required';
  return errors;
}

export type Officer = { sub: string; name: string };

/** The request body of an action, always naming the version the officer read (409 stale-version otherwise). */
export function actionBody(action: OfficerAction, values: ActionValues, version: number, me: Officer | undefined): Record<string, unknown> {
  const reason = values.reason.trim();
  switch (action) {
    case 'refuse':
    case 'deny':
      return { reason, version };
    case 'request_supplement':
      return { reason, documentIds: values.documentIds, version };
    case 'assign': {
      if (values.assignee === 'me' && me) return { handlerSub: me.sub, handlerName: me.name, version };
      const handlerName = values.handlerName.trim();
      if (values.handlerSub) return { handlerSub: values.handlerSub, handlerName, version };
      // Only when the directory could not be reached: a typed name, which no account answers to.
      return { handlerSub: `name:${handlerName}`, handlerName, version };
    }
    case 'confirm_payment':
      return { reference: values.reference.trim(), version };
    case 'apologize':
      return { reason, newAppointmentDate: values.newAppointmentDate, version };
    default:
      return { version };
  }
}

/** Sends the action with the client's typed call; answers the dossier as the officer sees it afterwards. */
export function sendAction(api: ProceduresClient, dossierId: string, action: OfficerAction, body: Record<string, unknown>): Promise<DossierDetail> {
  const b = body as never;
  switch (action) {
    case 'receive':
      return api.receive(dossierId, b);
    case 'refuse':
      return api.refuse(dossierId, b);
    case 'assign':
      return api.assign(dossierId, b);
    case 'request_supplement':
      return api.requestSupplement(dossierId, b);
    case 'approve':
      return api.approve(dossierId, b);
    case 'deny':
      return api.deny(dossierId, b);
    case 'issue_result':
      return api.issueResult(dossierId, b);
    case 'confirm_payment':
      return api.confirmPayment(dossierId, b);
    case 'return_result':
      return api.returnResult(dossierId, b);
    case 'apologize':
      return api.apologize(dossierId, b);
  }
}
