import { addWorkingDays, endOfVietnamDay, vietnamDay, workingDaysBetween, type HolidaySet } from '@portal/module-kit';
import type { EventVisibility, TimelineKind } from '../../contract/domain.js';
import type { DossierRow } from '../schema.js';

/**
 * The life of a SAMPLE dossier as the steps the API would have taken (pure): who acted when, what changed,
 * the timeline entry it left. sample-dossiers.ts replays the steps into rows, so the timeline, the audit
 * trail and the dossier agree with each other and with the working-day calendar.
 */

export type StoryEnd =
  | 'draft'
  | 'submitted'
  | 'withdrawn'
  | 'refused'
  | 'processing'
  | 'awaiting_supplement'
  | 'approved'
  | 'denied'
  | 'result_issued'
  | 'returned';

export interface Story {
  until: StoryEnd;
  /** A handler other than the receiving officer is assigned (internal). */
  assign?: boolean;
  /** A supplement was asked for and answered (the clock stood still one working day). */
  supplement?: boolean;
  /** When the result (or the denial) came, against the appointment day. */
  finish?: 'early' | 'onTime' | 'late';
  /** The dossier ran late and the agency issued an apology letter with a new appointment. */
  apology?: boolean;
  /** The fee was confirmed paid (always before returning the result). */
  paid?: boolean;
}

export interface Actor {
  sub: string;
  name: string;
}

export interface StoryStep {
  at: Date;
  action: string;
  actor: 'applicant' | 'officer';
  kind: TimelineKind;
  visibility: EventVisibility;
  set: Partial<DossierRow>;
  text?: string;
  data?: Record<string, unknown>;
  /** Render and store the result PDF at this step (the seed fills verificationCode, file key and hash). */
  issueResult?: boolean;
  supplementRequest?: { reason: string; documentIds: string[]; answered?: { at: Date; note: string; pausedWorkingDays: number } };
  apology?: { reason: string; previousAppointmentAt: Date; newAppointmentAt: Date };
}

export interface StoryInput {
  story: Story;
  submittedAt: Date;
  processingDays: number;
  feeVnd: number;
  code: string;
  officer: Actor;
  /** The document asked for again in a supplement request. */
  supplementDocumentId: string;
  holidays: HolidaySet;
  now: Date;
}

const MINUTE = 60 * 1000;

export function buildStory(input: StoryInput): StoryStep[] {
  const { story, submittedAt: t0, holidays } = input;
  /** hh:mm (Vietnam) on the n-th working day after submission (0 = the day of submission). */
  const dayAt = (n: number, hhmm: string) => new Date(`${vietnamDay(addWorkingDays(t0, Math.max(0, n), holidays))}T${hhmm}:00+07:00`);
  const steps: StoryStep[] = [
    { at: new Date(t0.getTime() - 40 * MINUTE), action: 'create', actor: 'applicant', kind: 'created', visibility: 'applicant', set: { status: 'draft' } },
  ];
  if (story.until === 'draft') return steps;

  let appointmentAt = addWorkingDays(t0, input.processingDays, holidays);
  const feeStatus = input.feeVnd > 0 ? 'due' : 'none';
  steps.push({
    at: t0,
    action: 'submit',
    actor: 'applicant',
    kind: 'submitted',
    visibility: 'applicant',
    set: { status: 'submitted', code: input.code, submittedAt: t0, appointmentAt, feeVnd: input.feeVnd, feeStatus, paymentProvider: input.feeVnd > 0 ? 'counter' : null },
  });
  if (story.until === 'submitted') return steps;
  if (story.until === 'withdrawn') {
    const reason = 'Tôi nộp nhầm thủ tục, sẽ nộp lại hồ sơ khác';
    return [...steps, { at: new Date(t0.getTime() + 90 * MINUTE), action: 'withdraw', actor: 'applicant', kind: 'withdrawn', visibility: 'applicant', text: reason, set: { status: 'withdrawn', reason } }];
  }
  if (story.until === 'refused') {
    const reason = 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại UBND phường nơi cư trú';
    const at = dayAt(0, '14:30');
    return [...steps, { at, action: 'refuse', actor: 'officer', kind: 'refused', visibility: 'applicant', text: reason, set: { status: 'refused', reason, decidedAt: at, feeStatus: 'none' } }];
  }

  const receivedAt = dayAt(0, '14:00');
  steps.push({
    at: receivedAt,
    action: 'receive',
    actor: 'officer',
    kind: 'received',
    visibility: 'applicant',
    set: { status: 'processing', receivedAt, handlerSub: input.officer.sub, handlerName: input.officer.name },
  });
  if (story.assign) {
    const handler = { sub: 'sample-handler-chuyen-vien', name: 'Lò Văn Tuấn' };
    steps.push({ at: dayAt(0, '15:00'), action: 'assign', actor: 'officer', kind: 'assigned', visibility: 'internal', text: handler.name, data: { handlerSub: handler.sub }, set: { handlerSub: handler.sub, handlerName: handler.name } });
  }
  let appointmentDay = input.processingDays;
  let lastDay = 0;
  if (story.supplement || story.until === 'awaiting_supplement') {
    const reason = 'Đề nghị bổ sung bản sao có chứng thực của giấy tờ đã nộp; bản chụp hiện tại bị mờ, không đọc được';
    const requestedAt = dayAt(1, '09:00');
    const request = { reason, documentIds: [input.supplementDocumentId] };
    const step: StoryStep = { at: requestedAt, action: 'request_supplement', actor: 'officer', kind: 'supplement_requested', visibility: 'applicant', text: reason, data: { documentIds: request.documentIds }, set: { status: 'awaiting_supplement', pausedAt: requestedAt }, supplementRequest: request };
    steps.push(step);
    if (story.until === 'awaiting_supplement') return steps;
    const answeredAt = dayAt(2, '10:00');
    const pausedWorkingDays = workingDaysBetween(requestedAt, answeredAt, holidays);
    appointmentAt = addWorkingDays(appointmentAt, pausedWorkingDays, holidays);
    appointmentDay += pausedWorkingDays;
    lastDay = 2;
    const note = 'Đã bổ sung bản sao có chứng thực';
    step.supplementRequest = { ...request, answered: { at: answeredAt, note, pausedWorkingDays } };
    steps.push({ at: answeredAt, action: 'supplement', actor: 'applicant', kind: 'supplement_provided', visibility: 'applicant', text: note, data: { pausedWorkingDays, appointmentAt: appointmentAt.toISOString() }, set: { status: 'processing', pausedAt: null, appointmentAt } });
  }
  if (story.apology) {
    const at = dayAt(appointmentDay + 1, '08:30');
    const newAppointmentAt = story.until === 'processing' ? addWorkingDays(input.now, 3, holidays) : endOfVietnamDay(vietnamDay(dayAt(appointmentDay + 3, '12:00')));
    const reason = 'Hồ sơ cần xin ý kiến của cơ quan chuyên môn nên chưa thể trả kết quả đúng hẹn';
    steps.push({ at, action: 'apologize', actor: 'officer', kind: 'apology_issued', visibility: 'applicant', text: reason, data: { previousAppointmentAt: appointmentAt.toISOString(), newAppointmentAt: newAppointmentAt.toISOString() }, set: { appointmentAt: newAppointmentAt }, apology: { reason, previousAppointmentAt: appointmentAt, newAppointmentAt } });
    lastDay = appointmentDay + 1;
  }
  if (story.until === 'processing') return steps;
  if (story.until === 'approved') return [...steps, approveStep(dayAt(lastDay, '16:00'))];

  const finishDay = story.finish === 'early' ? Math.max(lastDay, appointmentDay - 1) : story.finish === 'late' ? appointmentDay + 2 : appointmentDay;
  if (story.until === 'denied') {
    const reason = 'Vị trí xây dựng nằm trong hành lang bảo vệ công trình giao thông theo quy hoạch đã được phê duyệt';
    const at = dayAt(finishDay, '15:00');
    return [...steps, { at, action: 'deny', actor: 'officer', kind: 'denied', visibility: 'applicant', text: reason, set: { status: 'denied', reason, decidedAt: at, feeStatus: feeStatus === 'due' ? 'none' : feeStatus } }];
  }
  const issuedAt = dayAt(finishDay, '15:00');
  steps.push({ ...approveStep(dayAt(finishDay, '10:00')) });
  steps.push({ at: issuedAt, action: 'issue_result', actor: 'officer', kind: 'result_issued', visibility: 'applicant', set: { status: 'result_issued', resultIssuedAt: issuedAt }, issueResult: true });
  if (feeStatus === 'due' && (story.paid || story.until === 'returned')) {
    const at = new Date(issuedAt.getTime() + 30 * MINUTE);
    const reference = `BL-${input.code.slice(-11).replace(/\D/g, '')}`;
    steps.push({ at, action: 'confirm_payment', actor: 'officer', kind: 'payment_confirmed', visibility: 'applicant', data: { reference, feeVnd: input.feeVnd }, set: { feeStatus: 'paid', paidAt: at, paymentReference: reference } });
  }
  if (story.until === 'returned') {
    const at = new Date(issuedAt.getTime() + 60 * MINUTE);
    steps.push({ at, action: 'return_result', actor: 'officer', kind: 'result_returned', visibility: 'applicant', set: { status: 'returned', returnedAt: at } });
  }
  return steps;
}

function approveStep(at: Date): StoryStep {
  return { at, action: 'approve', actor: 'officer', kind: 'approved', visibility: 'applicant', set: { status: 'approved', decidedAt: at } };
}
