import type { Db, Tx } from '@portal/module-kit';
import { holidays } from '../../db/schema.js';
import type { HolidaySet } from '../../domain/working-days.js';

/** The holidays table as a set of 'YYYY-MM-DD' days (a few dozen rows), for deadlines in working days. */
export async function loadHolidays(db: Db | Tx): Promise<HolidaySet> {
  const rows = await db.select({ day: holidays.day }).from(holidays);
  return new Set(rows.map((row) => row.day));
}
