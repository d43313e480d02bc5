import { periodRange } from '../../public/stats-period.js';

/** The periods the desk statistics offer; 'custom' is any from–to the officer picks. */
export const OFFICE_PERIODS = ['month', 'lastMonth', 'year', 'custom'] as const;
export type OfficePeriod = (typeof OFFICE_PERIODS)[number];
export type DayRange = { from: string; to: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A preset period's first and last day ('YYYY-MM-DD', Vietnam calendar), from the public page's periods. */
export function officeRange(period: Exclude<OfficePeriod, 'custom'>, now: Date = new Date()): DayRange {
  if (period !== 'lastMonth') return periodRange(period, now);
  // The day before this month's first is last month's last; its month's first day follows from it.
  const to = new Date(Date.parse(periodRange('month', now).from) - DAY_MS).toISOString().slice(0, 10);
  return { from: `${to.slice(0, 8)}01`, to };
}

/** Why a custom range cannot be asked for ('from' or 'to' missing or not a calendar day, or reversed), or null. */
export function rangeProblem({ from, to }: DayRange): 'missing' | 'reversed' | null {
  if (!isDay(from) || !isDay(to)) return 'missing';
  return from > to ? 'reversed' : null;
}

const isDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
