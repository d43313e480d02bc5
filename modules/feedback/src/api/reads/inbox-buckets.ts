import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@portal/module-kit';
import { DUE_SOON_WORKING_DAYS, type InboxBucket } from '../../contract/domain.js';
import { reports } from '../../db/schema.js';
import { addWorkingDays } from '@portal/module-kit';
import { loadHolidays } from '../../domain/holidays.js';
import { openCondition } from './report-rows.js';

/**
 * The officer inbox buckets as SQL conditions. "Due soon" needs the end of the second working day from
 * now, which depends on the holidays table, so it is computed here and passed in as a timestamp.
 */
export async function dueSoonLimit(db: Db, now = new Date()): Promise<Date> {
  return addWorkingDays(now, DUE_SOON_WORKING_DAYS, await loadHolidays(db));
}

export function bucketCondition(bucket: InboxBucket, dueSoonUntil: Date): SQL | undefined {
  switch (bucket) {
    case 'new':
      return sql`${reports.status} = 'submitted'`;
    case 'in_progress':
      return sql`${reports.status} = 'in_progress'`;
    case 'due_soon':
      return sql`${openCondition} and ${reports.dueAt} >= now() and ${reports.dueAt} <= ${dueSoonUntil.toISOString()}::timestamptz`;
    case 'overdue':
      return sql`${openCondition} and ${reports.dueAt} < now()`;
    case 'reopened':
      // Back with the unit after a "not satisfied" rating and not answered again since.
      return sql`${reports.status} = 'in_progress' and ${reports.reopenedAt} is not null and (${reports.answeredAt} is null or ${reports.answeredAt} < ${reports.reopenedAt})`;
    case 'answered':
      return sql`${reports.status} = 'answered'`;
    case 'done':
      return sql`${reports.status} in ('closed', 'rejected')`;
    case 'all':
      return undefined;
  }
}
