import type { Db, Tx } from '@portal/module-kit';
import { holidays } from '../db/schema.js';
import type { HolidaySet } from '@portal/module-kit';

/** The days off of the holidays table, for addWorkingDays and friends (a few dozen rows; read per use). */
export async function loadHolidays(db: Db | Tx): Promise<HolidaySet> {
  return new Set((await db.select({ day: holidays.day }).from(holidays)).map((row) => row.day));
}
