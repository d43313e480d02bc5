import { and, eq, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Caller, LocalizedText, Tx } from '@portal/module-kit';
import type { AcceptSchema, AssignSchema, ExtendSchema, ForwardSchema, NoteSchema, RejectSchema } from '../../contract/schemas.js';
import { photos, units, type ReportRow } from '../../db/schema.js';
import { addWorkingDays } from '@portal/module-kit';
import type { Lang } from '../reads/http.js';
import { changeReport, type Plan } from './change-report.js';
import { loadHolidays } from '../../domain/holidays.js';
import { notices } from './notices.js';
import { photoRows, type StoredPhoto } from './photos.js';
import { messages, unknownUnit } from './problems.js';
import { statusChangedData } from './record.js';
import { statusAfter } from './workflow.js';

/**
 * The officer actions on a report of their unit. Each is one transaction through changeReport: version and
 * state machine checked, the report changed, a timeline entry (public where the citizen should see it,
 * internal for notes and assignments), the audit row and feedback.status_changed with notifications.
 */

export interface OfficerRequest {
  code: string;
  actor: Caller;
  lang: Lang;
}

const request = (r: OfficerRequest, action: Parameters<typeof changeReport>[1]['action'], version: number) => ({
  code: r.code,
  actor: r.actor,
  kind: 'officer' as const,
  action,
  version,
  lang: r.lang,
});

/** feedback.status_changed, told to the reporter and followers (or the reporter only, or nobody). */
const statusEvent = (before: ReportRow, action: string, title?: LocalizedText, audience: 'reporter-and-followers' | 'reporter' = 'reporter-and-followers') =>
  (after: ReportRow) => [
    {
      type: 'feedback.status_changed' as const,
      data: statusChangedData(before, after, action),
      ...(title ? { notify: { audience, title } } : {}),
    },
  ];

async function unitName(tx: Tx, unitId: string): Promise<LocalizedText> {
  const [unit] = await tx.select({ vi: units.nameVi, en: units.nameEn }).from(units).where(eq(units.id, unitId));
  return unit ?? { vi: unitId, en: unitId };
}

export function accept(tx: Tx, r: OfficerRequest, body: z.infer<typeof AcceptSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'accept', body.version), async (before): Promise<Plan> => ({
    set: { status: statusAfter(before.status, 'accept'), acceptedAt: new Date() },
    timeline: [{ kind: 'accepted', visibility: 'public' }],
    events: statusEvent(before, 'accept', notices.accepted(before.code, await unitName(tx, before.unitId))),
  }));
}

export function reject(tx: Tx, r: OfficerRequest, body: z.infer<typeof RejectSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'reject', body.version), (before): Plan => ({
    set: { status: statusAfter(before.status, 'reject'), rejectReason: body.reason },
    // The reason is shown to the citizen (and the public, for a public report).
    timeline: [{ kind: 'rejected', visibility: 'public', text: body.reason }],
    events: statusEvent(before, 'reject', notices.rejected(before.code)),
  }));
}

export function forward(tx: Tx, r: OfficerRequest, body: z.infer<typeof ForwardSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'forward', body.version), async (before): Promise<Plan> => {
    if (body.unitId === before.unitId) throw unknownUnit(r.lang, messages.sameUnit);
    const [target] = await tx.select().from(units).where(and(eq(units.id, body.unitId), eq(units.active, true)));
    if (!target) throw unknownUnit(r.lang);
    return {
      // The new unit must accept it again; the citizen's deadline does not restart.
      set: { status: statusAfter(before.status, 'forward'), unitId: target.id, acceptedAt: null, handlerSub: null, handlerName: null },
      timeline: [{ kind: 'forwarded', visibility: 'public', unitId: target.id, text: body.reason, data: { fromUnitId: before.unitId } }],
      events: statusEvent(before, 'forward', notices.forwarded(before.code, { vi: target.nameVi, en: target.nameEn })),
    };
  });
}

export function assign(tx: Tx, r: OfficerRequest, body: z.infer<typeof AssignSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'assign', body.version), (before): Plan => ({
    set: { handlerSub: body.handlerSub, handlerName: body.handlerName },
    // Officers' names stay inside the administration.
    timeline: [{ kind: 'assigned', visibility: 'internal', text: body.handlerName, data: { handlerSub: body.handlerSub } }],
    events: statusEvent(before, 'assign'),
  }));
}

export function note(tx: Tx, r: OfficerRequest, body: z.infer<typeof NoteSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'note', body.version), (before): Plan => ({
    set: {},
    timeline: [{ kind: 'note', visibility: 'internal', text: body.text }],
    // The event says a note was added, never what it says.
    events: statusEvent(before, 'note'),
  }));
}

export function extend(tx: Tx, r: OfficerRequest, body: z.infer<typeof ExtendSchema>): Promise<ReportRow> {
  return changeReport(tx, request(r, 'extend', body.version), async (before): Promise<Plan> => {
    const dueAt = addWorkingDays(before.dueAt, body.workingDays, await loadHolidays(tx));
    return {
      set: { dueAt },
      timeline: [
        {
          kind: 'deadline_extended',
          visibility: 'reporter',
          text: body.reason,
          data: { workingDays: body.workingDays, from: before.dueAt.toISOString(), to: dueAt.toISOString() },
        },
      ],
      events: statusEvent(before, 'extend', notices.extended(before.code, dueAt), 'reporter'),
    };
  });
}

/** The official answer; a submitted report may be answered directly (acceptance implied). */
export function answer(tx: Tx, r: OfficerRequest, body: { version: number; text: string }, stored: readonly StoredPhoto[]): Promise<ReportRow> {
  return changeReport(tx, request(r, 'answer', body.version), async (before): Promise<Plan> => {
    if (stored.length > 0) {
      // Answer photos of an earlier answer (before a reopen) stay; the new ones follow them.
      const [{ count }] = (await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(photos)
        .where(and(eq(photos.reportId, before.id), eq(photos.purpose, 'answer')))) as [{ count: number }];
      await tx.insert(photos).values(photoRows(before.id, 'answer', stored, count));
    }
    const now = new Date();
    return {
      set: {
        status: statusAfter(before.status, 'answer'),
        acceptedAt: before.acceptedAt ?? now,
        answeredAt: now,
        answerText: body.text,
        answeredByUnitId: before.unitId,
      },
      timeline: [{ kind: 'answered', visibility: 'public', text: body.text, data: { photoIds: stored.map((photo) => photo.id) } }],
      events: (after) => [
        {
          type: 'feedback.status_changed' as const,
          data: statusChangedData(before, after, 'answer'),
          notify: { audience: 'reporter-and-followers' as const, title: notices.answered(before.code), body: notices.answeredBody },
        },
      ],
    };
  });
}
