import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Caller, Db } from '@portal/module-kit';
import type { Photo, ReportDetail, TimelineEntry } from '../../contract/schemas.js';
import { photos, reportEvents, reportFollowers, reports, units } from '../../db/schema.js';
import { maskPersonalNumbers } from '../../domain/privacy.js';
import { allowedActions, canRate } from '../writes/workflow.js';
import { descriptionFor, isOpen, photoUrl, selectReports, toSummary, toUnit, type ReportListRow } from './report-rows.js';
import { canSeeReporterData, canSeeStaffNames, timelineVisibilityFor, viewerOf } from './visibility.js';

/**
 * The report page as `caller` may see it, or null when the caller may not see it at all (answer 404:
 * a private report's existence is never revealed). Writes answer with it after every action.
 */
export async function loadReportDetail(db: Db, code: string, caller: Caller | null): Promise<ReportDetail | null> {
  const [row] = await selectReports(db).where(eq(reports.code, code)).limit(1);
  if (!row) return null;
  const viewer = viewerOf(caller, row.report);
  if (!viewer) return null;
  const reportId = row.report.id;

  const [photoRows, timeline, followerRows] = await Promise.all([
    db.select().from(photos).where(eq(photos.reportId, reportId)).orderBy(asc(photos.purpose), asc(photos.position)),
    loadTimeline(db, row, caller),
    db
      .select({
        total: count(),
        mine: sql<number>`count(*) filter (where ${reportFollowers.followerSub} = ${caller?.sub ?? null})`.mapWith(Number),
      })
      .from(reportFollowers)
      .where(eq(reportFollowers.reportId, reportId)),
  ]);
  return buildDetail(db, row, caller, {
    photos: photoRows,
    timeline,
    followers: followerRows[0]?.total ?? 0,
    following: (followerRows[0]?.mine ?? 0) > 0,
  });
}

interface Parts {
  photos: Array<typeof photos.$inferSelect>;
  timeline: TimelineEntry[];
  followers: number;
  following: boolean;
}

async function buildDetail(db: Db, row: ReportListRow, caller: Caller | null, parts: Parts): Promise<ReportDetail> {
  const { report } = row;
  const toPhoto = (photo: typeof photos.$inferSelect): Photo => ({
    id: photo.id,
    purpose: photo.purpose,
    width: photo.width,
    height: photo.height,
    url: photoUrl(photo.id),
    thumbUrl: photoUrl(photo.id, 'thumb'),
  });
  const reportPhotos = parts.photos.filter((photo) => photo.purpose === 'report').map(toPhoto);
  const answerPhotos = parts.photos.filter((photo) => photo.purpose === 'answer').map(toPhoto);
  const answerUnit = await answeringUnit(db, row);
  const signedInOther = !!caller && caller.sub !== report.reporterSub;
  const staff = canSeeStaffNames(caller, report);

  return {
    ...toSummary(row, caller),
    description: descriptionFor(caller, report),
    accuracyM: report.accuracyM,
    locationSource: report.locationSource,
    photos: reportPhotos,
    answer:
      report.answerText !== null && report.answeredAt !== null
        ? { text: report.answerText, at: report.answeredAt.toISOString(), unit: answerUnit, photos: answerPhotos }
        : null,
    rejectReason: report.rejectReason,
    rating:
      report.rating !== null && report.ratedAt !== null
        ? { value: report.rating, comment: commentFor(caller, report), at: report.ratedAt.toISOString() }
        : null,
    reopenCount: report.reopenCount,
    timeline: parts.timeline,
    followers: parts.followers,
    following: parts.following,
    can: {
      rate: canRate(report, caller),
      follow: signedInOther && report.isPublic && isOpen(report.status),
      act: caller ? [...allowedActions(report, caller)] : [],
    },
    reporter: canSeeReporterData(caller, report)
      ? { name: report.reporterName, phone: report.reporterPhone, nationalId: report.reporterNationalId }
      : null,
    handler: staff && report.handlerSub ? { sub: report.handlerSub, name: report.handlerName } : null,
    privacyFlags: report.privacyFlags,
    version: report.version,
  };
}

/** The reporter's rating comment, with phone and id numbers masked for anyone but those who handle it. */
function commentFor(caller: Caller | null, report: ReportListRow['report']): string | null {
  if (report.ratingComment === null) return null;
  return canSeeReporterData(caller, report) ? report.ratingComment : maskPersonalNumbers(report.ratingComment);
}

/** The unit that wrote the answer (it may have forwarded the report since); the current unit otherwise. */
async function answeringUnit(db: Db, row: ReportListRow) {
  const unitId = row.report.answeredByUnitId;
  if (!unitId || unitId === row.unit.id) return toUnit(row.unit);
  const [unit] = await db.select().from(units).where(eq(units.id, unitId)).limit(1);
  return toUnit(unit ?? row.unit);
}

async function loadTimeline(db: Db, row: ReportListRow, caller: Caller | null): Promise<TimelineEntry[]> {
  const visible = timelineVisibilityFor(caller, row.report);
  if (visible.length === 0) return [];
  const staff = canSeeStaffNames(caller, row.report);
  const entries = await db
    .select({ event: reportEvents, unit: { id: units.id, nameVi: units.nameVi, nameEn: units.nameEn, kind: units.kind } })
    .from(reportEvents)
    .leftJoin(units, eq(units.id, reportEvents.unitId))
    .where(and(eq(reportEvents.reportId, row.report.id), inArray(reportEvents.visibility, [...visible])))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));
  return entries.map(({ event, unit }) => ({
    id: String(event.id),
    at: event.at.toISOString(),
    kind: event.kind as TimelineEntry['kind'],
    visibility: event.visibility,
    fromStatus: (event.fromStatus as TimelineEntry['fromStatus']) ?? null,
    toStatus: (event.toStatus as TimelineEntry['toStatus']) ?? null,
    unit: unit ? toUnit(unit) : null,
    actorName: staff ? event.actorName : null,
    text: event.text,
  }));
}
