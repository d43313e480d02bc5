import { and, count, eq } from 'drizzle-orm';
import { addWorkingDays, fieldProblem, workingDaysBetween, type Caller, type Tx } from '@portal/module-kit';
import { attachments, supplementRequests } from '../../db/schema.js';
import { paymentProviderById } from '../../domain/payments.js';
import { loadHolidays } from '../../domain/holidays.js';
import { statusAfterApplicant } from '../../domain/workflow.js';
import type { Lang } from '../http.js';
import { staleVersion } from '../problems.js';
import { statusChangedData } from '../record.js';
import { assertApplicantMay, lockApplicantDossier, saveChange } from './access.js';
import { openSupplementRequest } from './files.js';
import { messages, paymentNotDue } from './problems.js';

export interface ApplicantRequest {
  id: string;
  caller: Caller;
  lang: Lang;
  now: Date;
}

/** Withdraws a dossier the agency has not received yet; the reason, if given, is kept and shown. */
export async function withdraw(tx: Tx, request: ApplicantRequest, body: { reason?: string | undefined; version: number }): Promise<void> {
  const { id, caller, lang, now } = request;
  const before = await lockApplicantDossier(tx, id, caller, lang);
  assertApplicantMay(before, 'withdraw', body.version, lang);
  const status = statusAfterApplicant(before.status, 'withdraw');
  const after = { status, reason: body.reason ?? null, decidedAt: now };
  await saveChange(
    tx,
    before,
    after,
    {
      action: 'withdraw',
      actor: caller,
      timeline: [{ kind: 'withdrawn', visibility: 'applicant', text: body.reason ?? null }],
      events: [
        {
          type: 'procedures.dossier_status_changed',
          data: statusChangedData(before, { ...before, ...after }, 'withdraw'),
          notify: { title: { vi: `Hồ sơ ${before.code} đã được rút`, en: `Dossier ${before.code} was withdrawn` } },
        },
      ],
    },
    now,
  );
}

/**
 * Answers the open supplement request with the files already uploaded for it: the request is closed, the
 * clock resumes and the appointment moves by the working days it stood still. The applicant acted, so
 * nobody on their side is notified; the event still tells the agency.
 */
export async function answerSupplement(tx: Tx, request: ApplicantRequest, body: { note?: string | undefined; version: number }): Promise<void> {
  const { id, caller, lang, now } = request;
  const before = await lockApplicantDossier(tx, id, caller, lang);
  assertApplicantMay(before, 'supplement', body.version, lang);
  const open = await openSupplementRequest(tx, id);
  const [sent] = open
    ? await tx.select({ n: count() }).from(attachments).where(and(eq(attachments.dossierId, id), eq(attachments.supplementRequestId, open.id)))
    : [{ n: 0 }];
  if (!open || sent!.n === 0) throw fieldProblem('files', messages.supplementFilesMissing, lang);

  const holidays = await loadHolidays(tx);
  const pausedWorkingDays = Math.max(0, workingDaysBetween(before.pausedAt ?? open.requestedAt, now, holidays));
  await tx
    .update(supplementRequests)
    .set({ answeredAt: now, answerNote: body.note || null, pausedWorkingDays })
    .where(eq(supplementRequests.id, open.id));
  const appointmentAt =
    before.appointmentAt && pausedWorkingDays > 0 ? addWorkingDays(before.appointmentAt, pausedWorkingDays, holidays) : before.appointmentAt;
  const set = { status: statusAfterApplicant(before.status, 'supplement'), pausedAt: null, appointmentAt };
  await saveChange(
    tx,
    before,
    set,
    {
      action: 'supplement',
      actor: caller,
      timeline: [
        {
          kind: 'supplement_provided',
          visibility: 'applicant',
          text: body.note || null,
          data: { supplementRequestId: open.id, files: sent!.n, pausedWorkingDays, appointmentAt: appointmentAt?.toISOString() ?? null },
        },
      ],
      events: [{ type: 'procedures.dossier_status_changed', data: statusChangedData(before, { ...before, ...set }, 'supplement') }],
    },
    now,
  );
}

/** Chooses how to pay the fee due (the officer confirms receipt); audited, no timeline entry. */
export async function choosePayment(tx: Tx, request: ApplicantRequest, body: { provider: string; version: number }): Promise<void> {
  const { id, caller, lang, now } = request;
  const before = await lockApplicantDossier(tx, id, caller, lang);
  if (before.feeStatus !== 'due') throw paymentNotDue(lang);
  if (body.version !== before.version) throw staleVersion(lang, body.version, before.version);
  if (!paymentProviderById(body.provider)) throw fieldProblem('provider', messages.unknownProvider, lang);
  await saveChange(tx, before, { paymentProvider: body.provider }, { action: 'choose_payment', actor: caller, timeline: [], events: [] }, now);
}
