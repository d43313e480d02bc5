import { eq } from 'drizzle-orm';
import { publishEvent, type Caller, type LocalizedText, type Tx } from '@portal/module-kit';
import { reportPath, type EventVisibility, type TimelineKind } from '../../contract/domain.js';
import { auditLog, outbox, reportEvents, reportFollowers, type ReportRow } from '../../db/schema.js';
import type { FeedbackEventType } from '../events.js';

/**
 * The three records every write leaves, in the transaction of the change: a timeline entry (who sees it is
 * its visibility), an audit row with the report before and after, and an outbox event whose notifications
 * go to the reporter and followers — never to the person who acted.
 */

export interface TimelineEntryInput {
  kind: TimelineKind;
  visibility: EventVisibility;
  /** The unit concerned (forwarded to, answering); defaults to the report's unit after the change. */
  unitId?: string;
  text?: string | null;
  data?: Record<string, unknown>;
}

export interface ChangeRecord {
  /** The audit action, e.g. 'accept', 'submit', 'rate'. */
  action: string;
  actor: Caller;
  before: ReportRow | null;
  after: ReportRow;
  timeline: TimelineEntryInput[];
  events: Array<{ type: FeedbackEventType; data: Record<string, unknown>; notify?: NotifyWhom }>;
}

/** Who hears of the change: everyone following (reporter + followers), or the reporter only. */
export interface NotifyWhom {
  audience: 'reporter-and-followers' | 'reporter';
  title: LocalizedText;
  body?: LocalizedText;
}

/** The columns an audit entry keeps: what an action can change (the reporter's contact data stays out). */
export function auditSnapshot(row: ReportRow): Record<string, unknown> {
  return {
    code: row.code,
    status: row.status,
    unitId: row.unitId,
    categoryId: row.categoryId,
    isPublic: row.isPublic,
    handlerSub: row.handlerSub,
    handlerName: row.handlerName,
    dueAt: row.dueAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answerText: row.answerText,
    rejectReason: row.rejectReason,
    rating: row.rating,
    ratingComment: row.ratingComment,
    reopenCount: row.reopenCount,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export async function recordChange(tx: Tx, change: ChangeRecord): Promise<void> {
  const { actor, before, after } = change;
  const actorUnitId = actor.units.find((unit) => unit === (before ?? after).unitId) ?? null;
  await tx.insert(reportEvents).values(
    change.timeline.map((entry) => ({
      reportId: after.id,
      kind: entry.kind,
      visibility: entry.visibility,
      actorSub: actor.sub,
      actorName: actor.name ?? null,
      actorUnitId,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      unitId: entry.unitId ?? after.unitId,
      text: entry.text ?? null,
      data: entry.data ?? {},
    })),
  );
  await tx.insert(auditLog).values({
    reportId: after.id,
    action: change.action,
    actorSub: actor.sub,
    actorName: actor.name ?? null,
    actorUnits: [...actor.units],
    before: before ? auditSnapshot(before) : null,
    after: auditSnapshot(after),
  });
  const followers = await followerSubs(tx, after.id);
  for (const event of change.events) {
    const notify = event.notify ? notifications(event.notify, after, followers, actor.sub) : undefined;
    await publishEvent(tx, outbox, { type: event.type, subject: after.code, data: event.data, notify });
  }
}

async function followerSubs(tx: Tx, reportId: string): Promise<string[]> {
  const rows = await tx.select({ sub: reportFollowers.followerSub }).from(reportFollowers).where(eq(reportFollowers.reportId, reportId));
  return rows.map((row) => row.sub);
}

function notifications(whom: NotifyWhom, report: ReportRow, followers: readonly string[], actorSub: string) {
  const subs = whom.audience === 'reporter' ? [report.reporterSub] : [report.reporterSub, ...followers];
  const recipients = [...new Set(subs)].filter((sub) => sub !== actorSub);
  return recipients.map((recipientSub) => ({
    recipientSub,
    title: whom.title,
    ...(whom.body ? { body: whom.body } : {}),
    link: reportPath(report.code),
  }));
}

/** feedback.status_changed data (also for actions that keep the status: from = to). */
export const statusChangedData = (before: ReportRow, after: ReportRow, action: string) => ({
  code: after.code,
  from: before.status,
  to: after.status,
  unitId: after.unitId,
  action,
});
