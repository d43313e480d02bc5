import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Caller, Db, FileStorage, StoredAnswer, Tx } from '@portal/module-kit';
import { REPORTS_PER_HOUR } from '../../contract/domain.js';
import type { CreateReport, CreatedReport } from '../../contract/schemas.js';
import { categories, photos, reports, units, type ReportRow } from '../../db/schema.js';
import { locate, toPlace, type LocatedPoint } from '../../domain/places.js';
import { findPersonalNumbers, privacyFlags } from '../../domain/privacy.js';
import { nextReportCode } from '../../domain/report-code.js';
import { resolveRoute } from '../../domain/routing.js';
import { addWorkingDays, vietnamDay } from '@portal/module-kit';
import type { Lang } from '../reads/http.js';
import { toUnit } from '../reads/report-rows.js';
import { loadHolidays } from '../../domain/holidays.js';
import { runOnce, storedAnswer, type IdempotencyClaim } from './idempotency.js';
import { checkPhotos, photoRows, preparePhotos, withStoredPhotos } from './photos.js';
import { outsideProvince, privacyWarning, rateLimited, unknownCategory } from './problems.js';
import { recordChange } from './record.js';

/** What POST /reports needs besides the validated JSON. */
export interface CreateReportRequest {
  input: CreateReport;
  uploads: Uint8Array[];
  reporter: Caller;
  claim: IdempotencyClaim;
  lang: Lang;
}

/**
 * Files a report: checks everything that can be refused cheaply first (photos by content, category, place,
 * privacy, rate limit), re-encodes and stores the photos, then writes the report, its photos, timeline,
 * audit and feedback.submitted in one transaction under the Idempotency-Key. A retry gets the first
 * answer back (replayed) and stores nothing new.
 */
export async function createReport(db: Db, files: FileStorage, request: CreateReportRequest): Promise<StoredAnswer & { replayed: boolean }> {
  const { input, uploads, reporter, claim, lang } = request;
  const earlier = await storedAnswer(db, claim, lang);
  if (earlier) return { ...earlier, replayed: true };

  await checkPhotos(uploads, lang);
  const category = await findCategory(db, input.categoryId, lang);
  const located = await locate(db, input.location);
  if (!located) throw outsideProvince(lang);
  const findings = findPersonalNumbers(input.description);
  if (findings.length > 0 && input.isPublic && !input.acknowledgePrivacyWarning) {
    throw privacyWarning(
      lang,
      findings.map(({ kind, match }) => ({ kind, match })),
    );
  }
  await assertUnderRateLimit(db, reporter.sub, lang);

  const prepared = await preparePhotos(uploads, lang);
  const reportId = randomUUID();
  return withStoredPhotos(files, reportId, prepared, async (stored) => {
    const answer = await db.transaction((tx) =>
      runOnce(tx, claim, lang, async () => {
        // One reporter's submissions queue here, so the hourly limit holds for simultaneous requests too.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`feedback:reporter:${reporter.sub}`}))`);
        await assertUnderRateLimit(tx, reporter.sub, lang);
        const row = await insertReport(tx, { ...request, reportId, category, located, flags: privacyFlags(findings) });
        if (stored.length > 0) await tx.insert(photos).values(photoRows(reportId, 'report', stored));
        await recordChange(tx, {
          action: 'submit',
          actor: reporter,
          before: null,
          after: row,
          timeline: [{ kind: 'submitted', visibility: 'public' }],
          events: [{ type: 'feedback.submitted', data: submittedData(row) }],
        });
        return { status: 201, body: await createdBody(tx, row, located) };
      }),
    );
    // A concurrent retry with the same key won: its photos are the stored ones, these go.
    return { result: answer, used: !answer.replayed };
  });
}

async function findCategory(db: Db, categoryId: string, lang: Lang) {
  const [category] = await db.select().from(categories).where(and(eq(categories.id, categoryId), eq(categories.active, true)));
  if (!category) throw unknownCategory(lang);
  return category;
}

/**
 * Reports one person may file per rolling hour: REPORTS_PER_HOUR, or FEEDBACK_REPORTS_PER_HOUR from the
 * environment (a province may want another figure; the benchmark lifts it to measure throughput).
 */
export function reportsPerHour(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.FEEDBACK_REPORTS_PER_HOUR);
  return Number.isInteger(configured) && configured > 0 ? configured : REPORTS_PER_HOUR;
}

/** 429 with Retry-After once the reporter filed their hourly allowance within the last hour (counted from the rows). */
async function assertUnderRateLimit(db: Db | Tx, reporterSub: string, lang: Lang): Promise<void> {
  const [window] = await db
    .select({
      count: sql<number>`count(*)::int`,
      // Seconds until the oldest report of the window leaves it.
      freeInSeconds: sql<number>`ceil(extract(epoch from (min(${reports.submittedAt}) + interval '1 hour' - now())))::int`,
    })
    .from(reports)
    .where(and(eq(reports.reporterSub, reporterSub), gt(reports.submittedAt, sql`now() - interval '1 hour'`)));
  const limit = reportsPerHour();
  if (!window || window.count < limit) return;
  throw rateLimited(lang, Math.max(1, window.freeInSeconds), limit);
}

interface NewReport extends CreateReportRequest {
  reportId: string;
  category: typeof categories.$inferSelect;
  located: LocatedPoint;
  flags: string[];
}

async function insertReport(tx: Tx, report: NewReport): Promise<ReportRow> {
  const { input, reporter, located, category } = report;
  const unitId = await resolveRoute(tx, category.id, located);
  if (!unitId) throw new Error(`no routing rule covers category "${category.id}" in ${located.province.id}; seed a province-wide rule`);
  const now = new Date();
  const holidays = await loadHolidays(tx);
  const label = toPlace(located).label;
  const [row] = await tx
    .insert(reports)
    .values({
      id: report.reportId,
      code: await nextReportCode(tx, Number(vietnamDay(now).slice(0, 4))),
      categoryId: category.id,
      description: input.description,
      isPublic: input.isPublic,
      status: 'submitted',
      reporterSub: reporter.sub,
      reporterName: reporter.name ?? '',
      reporterPhone: input.contactPhone ?? null,
      reporterNationalId: reporter.nationalId ?? null,
      lat: input.location.lat,
      lng: input.location.lng,
      accuracyM: input.location.accuracyM ?? null,
      locationSource: input.location.source,
      districtId: located.district?.id ?? null,
      wardId: located.ward?.id ?? null,
      groupId: located.group?.id ?? null,
      placeVi: label.vi,
      placeEn: label.en,
      unitId,
      submittedAt: now,
      dueAt: addWorkingDays(now, category.deadlineDays, holidays),
      privacyFlags: report.flags,
    })
    .returning();
  return row!;
}

/** feedback.submitted data: enough for a consumer (e-office) to file it without reading our tables. */
const submittedData = (row: ReportRow) => ({
  code: row.code,
  categoryId: row.categoryId,
  unitId: row.unitId,
  wardId: row.wardId,
  lat: row.lat,
  lng: row.lng,
  isPublic: row.isPublic,
  excerpt: row.description.slice(0, 200),
});

async function createdBody(tx: Tx, row: ReportRow, located: LocatedPoint): Promise<CreatedReport> {
  const [unit] = await tx.select().from(units).where(eq(units.id, row.unitId));
  return { code: row.code, status: row.status, unit: toUnit(unit!), dueAt: row.dueAt.toISOString(), place: toPlace(located) };
}
