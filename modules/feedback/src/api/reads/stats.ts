import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@portal/module-kit';
import type { Stats, StatsRow } from '../../contract/schemas.js';
import { areas, reports, units } from '../../db/schema.js';

export type StatsGrouping = Stats['by'];

export interface StatsFilter {
  by: StatsGrouping;
  /** Inclusive submission dates (YYYY-MM-DD) in Vietnam's time zone. */
  from?: string;
  to?: string;
  category?: string;
}

/** Reports outside any area of the grouping (e.g. by ward, in a district without ward data). */
export const UNGROUPED_ID = 'none';
const UNGROUPED_NAME = { vi: 'Chưa xác định', en: 'Not determined' };

/** The column a grouping counts by, and where its names come from. */
function grouping(by: StatsGrouping): { key: SQL; names: SQL } {
  switch (by) {
    case 'ward':
      return { key: sql`${reports.wardId}`, names: sql`left join ${areas} n on n.id = ${reports.wardId}` };
    case 'district':
      return { key: sql`${reports.districtId}`, names: sql`left join ${areas} n on n.id = ${reports.districtId}` };
    case 'unit':
      return { key: sql`${reports.unitId}`, names: sql`left join ${units} n on n.id = ${reports.unitId}` };
  }
}

const percent = (part: SQL, whole: SQL) => sql`round(100.0 * ${part} / nullif(${whole}, 0), 1)`;

/**
 * Statistics per ward, district or unit, and the total, in ONE query (grouping sets). Every number is a
 * count over the report rows, so a recount from `select * from reports` gives the same figures:
 * resolved = answered or closed; in progress = submitted or in progress; overdue = open and past due now;
 * on time = answered_at ≤ due_at among reports with an answer; median days from submission to answer;
 * satisfaction = satisfied among rated; reopened = reopened at least once.
 */
export async function computeStats(db: Db, filter: StatsFilter): Promise<Stats> {
  const { key, names } = grouping(filter.by);
  const where: SQL[] = [sql`true`];
  const localDay = sql`(${reports.submittedAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  if (filter.from) where.push(sql`${localDay} >= ${filter.from}::date`);
  if (filter.to) where.push(sql`${localDay} <= ${filter.to}::date`);
  if (filter.category) where.push(sql`${reports.categoryId} = ${filter.category}`);

  const answered = sql`count(*) filter (where ${reports.answeredAt} is not null)`;
  const rated = sql`count(*) filter (where ${reports.rating} is not null)`;
  const result = await db.execute(sql`
    select
      ${key} as key, n.name_vi, n.name_en, grouping(${key}) as is_total,
      count(*) as received,
      count(*) filter (where ${reports.status} in ('answered', 'closed')) as resolved,
      count(*) filter (where ${reports.status} in ('submitted', 'in_progress')) as in_progress,
      count(*) filter (where ${reports.status} in ('submitted', 'in_progress') and ${reports.dueAt} < now()) as overdue,
      count(*) filter (where ${reports.status} = 'rejected') as rejected,
      ${percent(sql`count(*) filter (where ${reports.answeredAt} <= ${reports.dueAt})`, answered)} as on_time_percent,
      round((percentile_cont(0.5) within group (
        order by extract(epoch from ${reports.answeredAt} - ${reports.submittedAt}) / 86400
      ) filter (where ${reports.answeredAt} is not null))::numeric, 1) as median_days,
      ${percent(sql`count(*) filter (where ${reports.rating} = 'satisfied')`, rated)} as satisfaction_percent,
      count(*) filter (where ${reports.reopenCount} > 0) as reopened
    from ${reports} ${names}
    where ${sql.join(where, sql` and `)}
    group by grouping sets ((${key}, n.name_vi, n.name_en), ())
    order by grouping(${key}), count(*) desc, n.name_vi
  `);
  const rows = (result as unknown as { rows: RawStatsRow[] }).rows;
  const total = rows.find((row) => Number(row.is_total) === 1);
  return {
    by: filter.by,
    rows: rows
      .filter((row) => Number(row.is_total) === 0)
      .map((row) => ({
        id: row.key ?? UNGROUPED_ID,
        name: row.key !== null && row.name_vi !== null ? { vi: row.name_vi, en: row.name_en ?? row.name_vi } : UNGROUPED_NAME,
        ...figures(row),
      })),
    total: total ? figures(total) : EMPTY_FIGURES,
  };
}

interface RawStatsRow {
  key: string | null;
  name_vi: string | null;
  name_en: string | null;
  is_total: number | string;
  received: number | string;
  resolved: number | string;
  in_progress: number | string;
  overdue: number | string;
  rejected: number | string;
  on_time_percent: number | string | null;
  median_days: number | string | null;
  satisfaction_percent: number | string | null;
  reopened: number | string;
}

type Figures = Omit<StatsRow, 'id' | 'name'>;

const orNull = (value: number | string | null) => (value === null ? null : Number(value));

/** Both drivers hand counts and numerics back as strings or numbers; the API answers numbers. */
function figures(row: RawStatsRow): Figures {
  return {
    received: Number(row.received),
    resolved: Number(row.resolved),
    inProgress: Number(row.in_progress),
    overdue: Number(row.overdue),
    rejected: Number(row.rejected),
    onTimePercent: orNull(row.on_time_percent),
    medianDaysToAnswer: orNull(row.median_days),
    satisfactionPercent: orNull(row.satisfaction_percent),
    reopened: Number(row.reopened),
  };
}

const EMPTY_FIGURES: Figures = {
  received: 0,
  resolved: 0,
  inProgress: 0,
  overdue: 0,
  rejected: 0,
  onTimePercent: null,
  medianDaysToAnswer: null,
  satisfactionPercent: null,
  reopened: 0,
};
