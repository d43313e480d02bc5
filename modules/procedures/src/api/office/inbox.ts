import { and, asc, desc, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { FOLD_FROM, FOLD_TO, addWorkingDays, containsPattern, type Caller, type Db } from '@portal/module-kit';
import { DUE_SOON_WORKING_DAYS, INBOX_BUCKETS, PAGE_SIZE_DEFAULT, type InboxBucket } from '../../contract/domain.js';
import type { InboxPage } from '../../contract/schemas.js';
import { agencies, dossiers, procedures } from '../../db/schema.js';
import { loadHolidays } from '../../domain/holidays.js';
import { isAdmin } from '../../domain/visibility.js';
import { SUMMARY_COLUMNS, summaryJoins, toDossierSummary } from '../dossier-detail.js';
import type { Lang } from '../http.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { notYourAgency } from './problems.js';

/**
 * The one-stop desk inbox: the dossiers of the caller's agencies (all agencies for an admin) in one bucket,
 * with the count of every bucket in one query. Open buckets list the oldest appointment first (what is due
 * first is done first); done lists the most recently finished first; all the most recently submitted.
 * "In process" for due soon and overdue means the clock runs: processing or approved (a dossier waiting for
 * a supplement has its clock stopped), the same rule as workflow.isOverdue and the apology letter.
 */

export interface InboxQuery {
  bucket?: InboxBucket;
  agency?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

const CLOCK_RUNNING = sql`${dossiers.status} in ('processing', 'approved')`;
const DONE = sql`${dossiers.status} in ('result_issued', 'returned', 'refused', 'denied', 'withdrawn')`;

function bucketCondition(bucket: InboxBucket, now: Date, dueSoonUntil: Date): SQL {
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  switch (bucket) {
    case 'new':
      return sql`${dossiers.status} = 'submitted'`;
    case 'in_process':
      return CLOCK_RUNNING;
    case 'awaiting_supplement':
      return sql`${dossiers.status} = 'awaiting_supplement'`;
    case 'due_soon':
      return sql`${CLOCK_RUNNING} and ${dossiers.appointmentAt} >= ${nowSql} and ${dossiers.appointmentAt} <= ${dueSoonUntil.toISOString()}::timestamptz`;
    case 'overdue':
      return sql`${CLOCK_RUNNING} and ${dossiers.appointmentAt} < ${nowSql}`;
    case 'done':
      return DONE;
    case 'all':
      return sql`true`;
  }
}

/** The column a bucket is sorted by (never null for a submitted dossier) and its direction. */
function sortOf(bucket: InboxBucket): { key: SQL; descending: boolean } {
  if (bucket === 'done') return { key: sql`${dossiers.updatedAt}`, descending: true };
  if (bucket === 'all') return { key: sql`coalesce(${dossiers.submittedAt}, ${dossiers.updatedAt})`, descending: true };
  return { key: sql`coalesce(${dossiers.appointmentAt}, ${dossiers.updatedAt})`, descending: false };
}

const fold = (column: SQL | typeof dossiers.applicantName) => sql`lower(translate(${column}, ${FOLD_FROM}, ${FOLD_TO}))`;

/** The agencies whose dossiers the caller sees here; undefined = all (an admin). 403 for another agency. */
function agencyScope(caller: Caller, agency: string | undefined, lang: Lang): readonly string[] | undefined {
  if (isAdmin(caller)) return agency ? [agency] : undefined;
  if (agency && !caller.units.includes(agency)) throw notYourAgency(lang, agency);
  return agency ? [agency] : caller.units;
}

export async function loadInbox(db: Db, caller: Caller, query: InboxQuery, lang: Lang, now = new Date()): Promise<InboxPage> {
  const bucket = query.bucket ?? 'all';
  const limit = query.limit ?? PAGE_SIZE_DEFAULT;
  const cursor = decodeCursor(query.cursor, lang);
  const scope = agencyScope(caller, query.agency, lang);
  const dueSoonUntil = addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadHolidays(db));

  // Drafts belong to their applicant alone.
  const base: SQL[] = [ne(dossiers.status, 'draft')];
  if (scope) base.push(scope.length > 0 ? inArray(dossiers.agencyId, [...scope]) : sql`false`);
  const q = query.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    base.push(
      sql`(lower(${dossiers.code}) like ${pattern} escape '\\' or ${fold(dossiers.applicantName)} like ${pattern} escape '\\'
        or ${fold(sql`coalesce(${dossiers.orgName}, '')`)} like ${pattern} escape '\\')`,
    );
  }

  const countColumns = Object.fromEntries(
    INBOX_BUCKETS.map((name) => [name, sql<number>`(count(*) filter (where ${bucketCondition(name, now, dueSoonUntil)}))::int`]),
  ) as Record<InboxBucket, SQL.Aliased<number> | SQL<number>>;
  const [counted] = await db.select(countColumns).from(dossiers).where(and(...base));

  const { key, descending } = sortOf(bucket);
  const where = [...base, bucketCondition(bucket, now, dueSoonUntil)];
  if (cursor) {
    const after = sql`(${key}, ${dossiers.id}) ${sql.raw(descending ? '<' : '>')} (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
    where.push(after);
  }
  const rows = await db
    .select({ ...SUMMARY_COLUMNS, sortKey: sql<string>`(${key})::text` })
    .from(dossiers)
    .innerJoin(procedures, summaryJoins.procedures)
    .innerJoin(agencies, summaryJoins.agencies)
    .where(and(...where))
    .orderBy(...(descending ? [desc(key), desc(dossiers.id)] : [asc(key), asc(dossiers.id)]))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toDossierSummary(row, now)),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.sortKey, id: last.dossier.id }) : null,
    counts: Object.fromEntries(INBOX_BUCKETS.map((name) => [name, Number(counted?.[name] ?? 0)])) as Record<InboxBucket, number>,
  };
}
