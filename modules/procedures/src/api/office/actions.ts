import { eq } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { endOfVietnamDay, isWorkingDay, vietnamDay, type Tx } from '@portal/module-kit';
import type { OfficerAction } from '../../contract/domain.js';
import type {
  ApologizeSchema,
  AssignSchema,
  ConfirmPaymentSchema,
  ReasonActionSchema,
  RequestSupplementSchema,
  VersionOnlySchema,
} from '../../contract/schemas.js';
import { agencies, apologyLetters, supplementRequests, type DossierRow } from '../../db/schema.js';
import { loadProcedure } from '../../domain/catalog.js';
import { loadHolidays } from '../../domain/holidays.js';
import { statusAfterOfficer } from '../../domain/workflow.js';
import { statusChangedData } from '../record.js';
import { notices, type Notice } from './notices.js';
import { appointmentNotWorkingDayAhead, unknownDocuments } from './problems.js';
import { runOfficerAction, type OfficeRequest, type Plan } from './run-action.js';

/**
 * The one-stop desk actions except issuing the result (issue-result.ts). Each runs through
 * runOfficerAction: one transaction, checked, versioned, with its timeline entry (applicant-visible except
 * assignments), audit row and outbox event telling the applicant side.
 */

type Body<T extends z.ZodType> = z.infer<T>;

/** procedures.dossier_status_changed, with a notification for the applicant side when `notice` is given. */
const statusEvent = (before: DossierRow, action: OfficerAction, notice?: Notice) => (after: DossierRow) => [
  {
    type: 'procedures.dossier_status_changed' as const,
    data: statusChangedData(before, after, action),
    ...(notice ? { notify: notice } : {}),
  },
];

const handlerNameOf = (r: OfficeRequest) => r.actor.name ?? r.actor.sub;

export function receive(tx: Tx, r: OfficeRequest, _body: Body<typeof VersionOnlySchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'receive', (before): Plan => ({
    set: {
      status: statusAfterOfficer(before.status, 'receive'),
      receivedAt: r.now,
      // The officer who receives it handles it until someone is assigned.
      handlerSub: before.handlerSub ?? r.actor.sub,
      handlerName: before.handlerSub ? before.handlerName : handlerNameOf(r),
    },
    timeline: [{ kind: 'received', visibility: 'applicant' }],
    events: statusEvent(before, 'receive', notices.received(before.code!, before.appointmentAt)),
  }));
}

export function refuse(tx: Tx, r: OfficeRequest, body: Body<typeof ReasonActionSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'refuse', (before): Plan => ({
    // Never received, so nothing is owed.
    set: { status: statusAfterOfficer(before.status, 'refuse'), reason: body.reason, decidedAt: r.now, feeStatus: before.feeStatus === 'due' ? 'none' : before.feeStatus },
    timeline: [{ kind: 'refused', visibility: 'applicant', text: body.reason }],
    events: statusEvent(before, 'refuse', notices.refused(before.code!, body.reason)),
  }));
}

export function assign(tx: Tx, r: OfficeRequest, body: Body<typeof AssignSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'assign', (before): Plan => ({
    set: { handlerSub: body.handlerSub, handlerName: body.handlerName },
    // Who handles a dossier stays inside the agency: no notification, an internal timeline entry.
    timeline: [{ kind: 'assigned', visibility: 'internal', text: body.handlerName, data: { handlerSub: body.handlerSub } }],
    events: statusEvent(before, 'assign'),
  }));
}

export function requestSupplement(tx: Tx, r: OfficeRequest, body: Body<typeof RequestSupplementSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'request_supplement', async (before): Promise<Plan> => {
    const loaded = await loadProcedure(tx, before.procedureId);
    const known = new Set(loaded?.procedure.requiredDocuments.map((document) => document.id) ?? []);
    const unknown = body.documentIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw unknownDocuments(r.lang, unknown);
    const documentIds = [...new Set(body.documentIds)];
    const [request] = await tx
      .insert(supplementRequests)
      .values({ dossierId: before.id, reason: body.reason, documentIds, requestedBy: r.actor.sub, requestedByName: r.actor.name ?? null, requestedAt: r.now })
      .returning({ id: supplementRequests.id });
    return {
      // The clock stops now; answering the request adds the working days it stood still to the appointment.
      set: { status: statusAfterOfficer(before.status, 'request_supplement'), pausedAt: r.now },
      timeline: [{ kind: 'supplement_requested', visibility: 'applicant', text: body.reason, data: { requestId: request!.id, documentIds } }],
      events: statusEvent(before, 'request_supplement', notices.supplementRequested(before.code!, body.reason)),
    };
  });
}

export function approve(tx: Tx, r: OfficeRequest, _body: Body<typeof VersionOnlySchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'approve', (before): Plan => ({
    set: { status: statusAfterOfficer(before.status, 'approve'), decidedAt: r.now },
    timeline: [{ kind: 'approved', visibility: 'applicant' }],
    events: statusEvent(before, 'approve', notices.approved(before.code!)),
  }));
}

export function deny(tx: Tx, r: OfficeRequest, body: Body<typeof ReasonActionSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'deny', (before): Plan => ({
    // No result will come, so a fee not yet paid is no longer asked for.
    set: { status: statusAfterOfficer(before.status, 'deny'), reason: body.reason, decidedAt: r.now, feeStatus: before.feeStatus === 'due' ? 'none' : before.feeStatus },
    timeline: [{ kind: 'denied', visibility: 'applicant', text: body.reason }],
    events: statusEvent(before, 'deny', notices.denied(before.code!, body.reason)),
  }));
}

export function confirmPayment(tx: Tx, r: OfficeRequest, body: Body<typeof ConfirmPaymentSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'confirm_payment', (before): Plan => ({
    set: { feeStatus: 'paid', paidAt: r.now, paymentReference: body.reference, paymentProvider: before.paymentProvider ?? 'counter' },
    timeline: [{ kind: 'payment_confirmed', visibility: 'applicant', data: { reference: body.reference, feeVnd: before.feeVnd } }],
    events: statusEvent(before, 'confirm_payment', notices.paymentConfirmed(before.code!)),
  }));
}

export function returnResult(tx: Tx, r: OfficeRequest, _body: Body<typeof VersionOnlySchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'return_result', (before): Plan => ({
    set: { status: statusAfterOfficer(before.status, 'return_result'), returnedAt: r.now },
    timeline: [{ kind: 'result_returned', visibility: 'applicant' }],
    events: statusEvent(before, 'return_result', notices.returned(before.code!)),
  }));
}

/** A real calendar day ('2026-02-30' is not). */
const isCalendarDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/**
 * The apology letter (thư xin lỗi) an overdue dossier requires: the reason, and a new appointment on a
 * working day after today. The applicant side is notified with the letter's text.
 */
export function apologize(tx: Tx, r: OfficeRequest, body: Body<typeof ApologizeSchema>): Promise<DossierRow> {
  return runOfficerAction(tx, r, 'apologize', async (before): Promise<Plan> => {
    const today = vietnamDay(r.now);
    const day = body.newAppointmentDate;
    if (!isCalendarDay(day) || day <= today || !isWorkingDay(day, await loadHolidays(tx))) throw appointmentNotWorkingDayAhead(r.lang, today);
    const newAppointmentAt = endOfVietnamDay(day);
    const [agency] = await tx.select({ vi: agencies.nameVi, en: agencies.nameEn }).from(agencies).where(eq(agencies.id, before.agencyId));
    const [letter] = await tx
      .insert(apologyLetters)
      .values({
        dossierId: before.id,
        reason: body.reason,
        previousAppointmentAt: before.appointmentAt!,
        newAppointmentAt,
        issuedBy: r.actor.sub,
        issuedByName: r.actor.name ?? null,
        issuedAt: r.now,
      })
      .returning({ id: apologyLetters.id });
    const notice = notices.apology(before.code!, agency ?? { vi: before.agencyId, en: before.agencyId }, newAppointmentAt, body.reason);
    return {
      set: { appointmentAt: newAppointmentAt },
      timeline: [
        {
          kind: 'apology_issued',
          visibility: 'applicant',
          text: body.reason,
          data: { letterId: letter!.id, previousAppointmentAt: before.appointmentAt!.toISOString(), newAppointmentAt: newAppointmentAt.toISOString() },
        },
      ],
      events: (after) => [
        {
          type: 'procedures.apology_issued' as const,
          data: { ...statusChangedData(before, after, 'apologize'), letterId: letter!.id, newAppointmentAt: newAppointmentAt.toISOString() },
          notify: notice,
        },
      ],
    };
  });
}
