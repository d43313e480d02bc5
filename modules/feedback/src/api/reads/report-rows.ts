import { and, eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { Caller, Db } from '@portal/module-kit';
import { OPEN_STATUSES, type ReportStatus } from '../../contract/domain.js';
import type { Category, Place, ReportSummary, Unit } from '../../contract/schemas.js';
import { areas, categories, photos, reports, units, type ReportRow } from '../../db/schema.js';
import { initialsOf } from '../../domain/initials.js';
import { maskPersonalNumbers } from '../../domain/privacy.js';
import { encodeCursor } from './cursor.js';
import { canSeeReporterData } from './visibility.js';

type AreaName = { id: string; nameVi: string; nameEn: string } | null;

/**
 * An area's id and names as one JSON value, looked up by a scalar subquery rather than a join: three more
 * joins made PostgreSQL spend about twice as long planning the list query as running it.
 */
const areaName = (areaId: Column) =>
  sql<AreaName>`(select json_build_object('id', a.id, 'nameVi', a.name_vi, 'nameEn', a.name_en) from ${areas} a where a.id = ${areaId})`;

const EXCERPT_LENGTH = 200;

/**
 * One query shape for every list and the detail page: the report with its category, current unit, place
 * names and first photo. Callers add where/order/limit with `.where(…)` on the dynamic builder.
 */
export function selectReports(db: Db) {
  return db
    .select({
      report: reports,
      category: categories,
      unit: units,
      group: areaName(reports.groupId),
      ward: areaName(reports.wardId),
      district: areaName(reports.districtId),
      firstPhotoId: sql<string | null>`(select p.id::text from ${photos} p where p.report_id = ${reports.id} and p.purpose = 'report' order by p.position limit 1)`,
      cursorAt: sql<string>`${reports.submittedAt}::text`,
    })
    .from(reports)
    .innerJoin(categories, eq(categories.id, reports.categoryId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .$dynamic();
}

export type ReportListRow = Awaited<ReturnType<ReturnType<typeof selectReports>['execute']>>[number];

/** Keyset condition for "rows after this cursor", newest first. */
export function afterCursor(cursor: { submittedAt: string; id: string } | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${reports.submittedAt}, ${reports.id}) < (${cursor.submittedAt}::timestamptz, ${cursor.id}::uuid)`;
}

export const newestFirst = [sql`${reports.submittedAt} desc`, sql`${reports.id} desc`];

export const isOpen = (status: ReportStatus) => OPEN_STATUSES.includes(status);
export const openCondition = sql`${reports.status} in ('submitted', 'in_progress')`;

export const toCategory = (row: typeof categories.$inferSelect): Category => ({
  id: row.id,
  name: { vi: row.nameVi, en: row.nameEn },
  icon: row.icon,
  deadlineDays: row.deadlineDays,
});

export const toUnit = (row: Pick<typeof units.$inferSelect, 'id' | 'nameVi' | 'nameEn' | 'kind'>): Unit => ({
  id: row.id,
  name: { vi: row.nameVi, en: row.nameEn },
  kind: row.kind,
});

const toAreaRef = (area: AreaName) => (area ? { id: area.id, name: { vi: area.nameVi, en: area.nameEn } } : null);

export function toPlace(row: Pick<ReportListRow, 'report' | 'group' | 'ward' | 'district'>): Place {
  return {
    group: toAreaRef(row.group),
    ward: toAreaRef(row.ward),
    district: toAreaRef(row.district),
    label: { vi: row.report.placeVi, en: row.report.placeEn },
  };
}

export const photoUrl = (id: string, size: 'full' | 'thumb' = 'full') =>
  size === 'full' ? `/api/feedback/photos/${id}` : `/api/feedback/photos/${id}?size=thumb`;

/**
 * The description as this caller may read it: the people who handle the report read it as written; anyone
 * else gets phone and id numbers masked (the reporter may have acknowledged the warning and published them).
 */
export function descriptionFor(caller: Caller | null | undefined, report: ReportRow): string {
  return canSeeReporterData(caller, report) ? report.description : maskPersonalNumbers(report.description);
}

export const isOverdue = (report: Pick<ReportRow, 'status' | 'dueAt'>, now = new Date()) =>
  isOpen(report.status) && report.dueAt.getTime() < now.getTime();

export function toSummary(row: ReportListRow, caller: Caller | null | undefined): ReportSummary {
  const { report } = row;
  const description = descriptionFor(caller, report);
  return {
    code: report.code,
    category: toCategory(row.category),
    status: report.status,
    isPublic: report.isPublic,
    excerpt: [...description].slice(0, EXCERPT_LENGTH).join(''),
    location: { lat: report.lat, lng: report.lng },
    place: toPlace(row),
    unit: toUnit(row.unit),
    submittedAt: report.submittedAt.toISOString(),
    dueAt: report.dueAt.toISOString(),
    answeredAt: report.answeredAt?.toISOString() ?? null,
    overdue: isOverdue(report),
    thumbUrl: row.firstPhotoId ? photoUrl(row.firstPhotoId, 'thumb') : null,
    reporterInitials: initialsOf(report.reporterName),
  };
}

/** A page of summaries: asks for one row more than `limit` to know whether another page follows. */
export async function reportPage(
  query: ReturnType<typeof selectReports>,
  conditions: Array<SQL | undefined>,
  limit: number,
  caller: Caller | null | undefined,
) {
  const rows = await query
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, caller)),
    nextCursor: rows.length > limit && last ? encodeCursor({ submittedAt: last.cursorAt, id: last.report.id }) : null,
  };
}
