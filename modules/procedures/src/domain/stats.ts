import { sql, type SQL } from 'drizzle-orm';
import { vietnamDay, type Db, type Tx } from '@portal/module-kit';
import { IN_PROCESS_STATUSES, PROCEDURE_LEVELS, type ProcedureLevel } from '../contract/domain.js';
import type { Stats } from '../contract/schemas.js';
import { agencies, apologyLetters, dossiers } from '../db/schema.js';

/**
 * Statistics of dossier handling per agency and in total (one query, grouping sets), used by the one-stop
 * desk (GET /office/stats, the caller's agencies) and the public page (GET /stats, all agencies).
 *
 * - received: dossiers submitted in the period (Vietnamese calendar days; drafts never count).
 * - early / onTime / late: dossiers finished in the period — result issued (result_issued, returned) or
 *   denied — compared by Vietnamese calendar day with their appointment: before the appointment day, on
 *   it, after it. An apology letter moves the appointment but not the judgement: a dossier that needed one
 *   is measured against the appointment it had before the first apology, so it still counts as late.
 * - inProcess: dossiers the agency holds now (processing, awaiting_supplement, approved), whatever the period.
 * - overdueInProcess: of those, the ones whose clock runs (not paused for a supplement) past the appointment.
 * - onTimePercent: (early + onTime) / finished × 100, one decimal; null when nothing was finished.
 */

export interface StatsFilter {
  /** Inclusive Vietnamese calendar days 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** Only these agencies (the officer's units); all agencies when left out. */
  agencyIds?: readonly string[];
  /** The instant "overdue" is judged at (tests pin it). */
  now?: Date;
}

/** Without a period: the last 365 days up to today (Vietnam). */
export function defaultStatsPeriod(query: { from?: string; to?: string }, now = new Date()): { from: string; to: string } {
  const to = query.to ?? vietnamDay(now);
  const from = query.from ?? vietnamDay(new Date(Date.parse(`${to}T12:00:00Z`) - 364 * 24 * 60 * 60 * 1000));
  return { from, to };
}

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);
const localDay = (instant: SQL) => sql`((${instant}) at time zone 'Asia/Ho_Chi_Minh')::date`;

export async function computeStats(db: Db | Tx, filter: StatsFilter): Promise<Stats> {
  const now = (filter.now ?? new Date()).toISOString();
  if (filter.agencyIds && filter.agencyIds.length === 0) return { from: filter.from, to: filter.to, agencies: [], total: EMPTY };
  const agencyWhere = filter.agencyIds ? sql`where ${agencies.id} in (${list(filter.agencyIds)})` : sql``;

  const finishedAt = sql`case when ${dossiers.status} = 'denied' then ${dossiers.decidedAt}
    when ${dossiers.status} in ('result_issued', 'returned') then ${dossiers.resultIssuedAt} end`;
  const dueAt = sql`coalesce((select min(${apologyLetters.previousAppointmentAt}) from ${apologyLetters}
    where ${apologyLetters.dossierId} = ${dossiers.id}), ${dossiers.appointmentAt})`;
  const inPeriod = (day: SQL) => sql`${day} between ${filter.from}::date and ${filter.to}::date`;
  const finished = sql`${finishedAt} is not null and ${dossiers.appointmentAt} is not null and ${inPeriod(localDay(finishedAt))}`;
  const finishDay = localDay(finishedAt);
  const dueDay = localDay(dueAt);

  const result = await db.execute(sql`
    select
      ${agencies.id} as id, ${agencies.nameVi} as name_vi, ${agencies.nameEn} as name_en, ${agencies.level} as level,
      grouping(${agencies.id}) as is_total,
      count(${dossiers.id}) filter (where ${dossiers.submittedAt} is not null and ${inPeriod(localDay(sql`${dossiers.submittedAt}`))}) as received,
      count(${dossiers.id}) filter (where ${dossiers.status} in (${list(IN_PROCESS_STATUSES)})) as in_process,
      count(${dossiers.id}) filter (where ${finished} and ${finishDay} < ${dueDay}) as early,
      count(${dossiers.id}) filter (where ${finished} and ${finishDay} = ${dueDay}) as on_time,
      count(${dossiers.id}) filter (where ${finished} and ${finishDay} > ${dueDay}) as late,
      count(${dossiers.id}) filter (where ${dossiers.status} in ('processing', 'approved')
        and ${dossiers.appointmentAt} < ${now}::timestamptz) as overdue
    from ${agencies} left join ${dossiers} on ${dossiers.agencyId} = ${agencies.id}
    ${agencyWhere}
    group by grouping sets ((${agencies.id}, ${agencies.nameVi}, ${agencies.nameEn}, ${agencies.level}), ())
    order by grouping(${agencies.id}), ${agencies.nameVi}
  `);
  const rows = (result as unknown as { rows: RawRow[] }).rows;
  const total = rows.find((row) => Number(row.is_total) === 1);
  const perAgency = rows
    .filter((row) => Number(row.is_total) === 0)
    .map((row) => ({ agency: { id: row.id!, name: { vi: row.name_vi!, en: row.name_en! }, level: row.level! }, ...figures(row) }))
    // Province first, then district, then commune; by name within a level.
    .sort((a, b) => PROCEDURE_LEVELS.indexOf(b.agency.level) - PROCEDURE_LEVELS.indexOf(a.agency.level));
  return { from: filter.from, to: filter.to, agencies: perAgency, total: total ? figures(total) : EMPTY };
}

interface RawRow {
  id: string | null;
  name_vi: string | null;
  name_en: string | null;
  level: ProcedureLevel | null;
  is_total: number | string;
  received: number | string;
  in_process: number | string;
  early: number | string;
  on_time: number | string;
  late: number | string;
  overdue: number | string;
}

type Figures = Stats['total'];

/** Both drivers hand counts back as strings or numbers; the API answers numbers. */
function figures(row: RawRow): Figures {
  const early = Number(row.early);
  const onTime = Number(row.on_time);
  const late = Number(row.late);
  const finished = early + onTime + late;
  return {
    received: Number(row.received),
    inProcess: Number(row.in_process),
    early,
    onTime,
    late,
    onTimePercent: finished === 0 ? null : Math.round((1000 * (early + onTime)) / finished) / 10,
    overdueInProcess: Number(row.overdue),
  };
}

const EMPTY: Figures = { received: 0, inProcess: 0, early: 0, onTime: 0, late: 0, onTimePercent: null, overdueInProcess: 0 };
