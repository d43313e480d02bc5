/** The periods the public statistics offer: this month, the last 3 months (this one and the two before), this year. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const ZONE_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 all year.

const day = (year: number, monthIndex: number, date: number) => new Date(Date.UTC(year, monthIndex, date)).toISOString().slice(0, 10);

/** The period's first and last day ('YYYY-MM-DD', Vietnam calendar), ending today. */
export function periodRange(period: Period, now: Date = new Date()): { from: string; to: string } {
  const local = new Date(now.getTime() + ZONE_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const to = day(year, month, local.getUTCDate());
  if (period === 'month') return { from: day(year, month, 1), to };
  if (period === 'quarter') return { from: day(year, month - 2, 1), to };
  return { from: day(year, 0, 1), to };
}
