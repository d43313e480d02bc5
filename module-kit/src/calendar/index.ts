export {
  addWorkingDays,
  endOfVietnamDay,
  isWorkingDay,
  vietnamDay,
  workingDaysBetween,
  type HolidaySet,
} from './working-days.js';
export { HOLIDAYS, type HolidaySeed } from './vietnam-holidays.js';
