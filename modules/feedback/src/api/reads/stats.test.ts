import { sql } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stats, StatsRow } from '../../contract/schemas.js';
import { getAs, startReadsApi } from './test-fixtures.js';

/**
 * The statistics must equal a recount from the rows: here every figure is recomputed in plain TypeScript
 * from `select * from feedback.reports` and compared with the API's SQL.
 */

let api: ModuleApiHarness;

beforeAll(async () => {
  ({ api } = await startReadsApi());
}, 120_000);

afterAll(async () => {
  await api?.close();
});

interface RawReport {
  status: string;
  category_id: string;
  ward_id: string | null;
  district_id: string | null;
  unit_id: string;
  submitted_at: Date | string;
  due_at: Date | string;
  answered_at: Date | string | null;
  rating: string | null;
  reopen_count: number;
}

type Figures = Omit<StatsRow, 'id' | 'name'>;

const time = (value: Date | string) => new Date(value).getTime();
const vietnamDay = (value: Date | string) => new Date(time(value) + 7 * 3_600_000).toISOString().slice(0, 10);
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  const high = sorted[Math.ceil(middle)]!;
  return low + (high - low) * (middle - Math.floor(middle));
}

function recount(rows: RawReport[], now: number): Figures {
  const open = (row: RawReport) => row.status === 'submitted' || row.status === 'in_progress';
  const answered = rows.filter((row) => row.answered_at !== null);
  const rated = rows.filter((row) => row.rating !== null);
  const days = median(answered.map((row) => (time(row.answered_at!) - time(row.submitted_at)) / 86_400_000));
  return {
    received: rows.length,
    resolved: rows.filter((row) => row.status === 'answered' || row.status === 'closed').length,
    inProgress: rows.filter(open).length,
    overdue: rows.filter((row) => open(row) && time(row.due_at) < now).length,
    rejected: rows.filter((row) => row.status === 'rejected').length,
    onTimePercent: percent(answered.filter((row) => time(row.answered_at!) <= time(row.due_at)).length, answered.length),
    medianDaysToAnswer: days === null ? null : Math.round(days * 10) / 10,
    satisfactionPercent: percent(rated.filter((row) => row.rating === 'satisfied').length, rated.length),
    reopened: rows.filter((row) => row.reopen_count > 0).length,
  };
}

/** The median is compared to 0.1 day: the driver hands timestamps to JS with milliseconds, SQL has microseconds. */
function expectSameFigures(actual: Figures & Partial<Pick<StatsRow, 'id' | 'name'>>, expected: Figures, label: string) {
  const { medianDaysToAnswer: actualMedian, id: _id, name: _name, ...actualRest } = actual;
  const { medianDaysToAnswer: expectedMedian, ...expectedRest } = expected;
  expect({ label, ...actualRest }).toEqual({ label, ...expectedRest });
  if (expectedMedian === null) expect(actualMedian).toBeNull();
  else expect(Math.abs(actualMedian! - expectedMedian)).toBeLessThanOrEqual(0.1);
}

const KEY = { ward: 'ward_id', district: 'district_id', unit: 'unit_id' } as const;

async function checkAgainstRows(query: { by: keyof typeof KEY; from?: string; to?: string; category?: string }) {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const answer = await getAs<Stats>(api, `/api/feedback/stats?${params}`);
  const now = Date.now();
  expect(answer.status).toBe(200);
  expect(answer.headers.get('cache-control')).toBe('public, max-age=60');

  const result = await api.context.db.execute(sql`select * from feedback.reports`);
  const all = (result as unknown as { rows: RawReport[] }).rows.filter(
    (row) =>
      (!query.category || row.category_id === query.category) &&
      (!query.from || vietnamDay(row.submitted_at) >= query.from) &&
      (!query.to || vietnamDay(row.submitted_at) <= query.to),
  );
  expect(all.length).toBeGreaterThan(0);
  expectSameFigures(answer.body.total, recount(all, now), 'total');

  const groups = new Map<string, RawReport[]>();
  for (const row of all) {
    const key = row[KEY[query.by]] ?? 'none';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  expect(answer.body.rows.map((row) => row.id).sort()).toEqual([...groups.keys()].sort());
  for (const row of answer.body.rows) {
    expectSameFigures(row, recount(groups.get(row.id)!, now), `${query.by} ${row.id}`);
    expect(row.name.vi.length).toBeGreaterThan(0);
  }
  return answer.body;
}

describe('GET /stats', () => {
  it('per ward equals a recount from the rows', async () => {
    const stats = await checkAgainstRows({ by: 'ward' });
    expect(stats.by).toBe('ward');
    expect(stats.rows.find((row) => row.id === 'phuong-him-lam')?.name.vi).toBe('Phường Him Lam');
  });

  it('per district equals a recount from the rows', async () => {
    await checkAgainstRows({ by: 'district' });
  });

  it('per unit equals a recount from the rows', async () => {
    const stats = await checkAgainstRows({ by: 'unit' });
    expect(stats.rows.find((row) => row.id === 'phong-qldt-tp-dbp')?.name.vi).toContain('Quản lý đô thị');
  });

  it('filtered by category and submission dates equals a recount of those rows', async () => {
    const from = vietnamDay(new Date(Date.now() - 35 * 86_400_000));
    const to = vietnamDay(new Date(Date.now() - 3 * 86_400_000));
    await checkAgainstRows({ by: 'ward', category: 'environment', from, to });
    await checkAgainstRows({ by: 'unit', from });
  });

  it('refuses a bad grouping or date range', async () => {
    expect((await getAs(api, '/api/feedback/stats?by=province')).status).toBe(400);
    expect((await getAs(api, '/api/feedback/stats?from=2026-13-01')).status).toBe(400);
    expect((await getAs(api, '/api/feedback/stats?from=2026-05-02&to=2026-05-01')).status).toBe(400);
  });

  it('answers zeros and nulls for a period without reports', async () => {
    const empty = await getAs<Stats>(api, '/api/feedback/stats?from=2001-01-01&to=2001-01-31');
    expect(empty.body.rows).toEqual([]);
    expect(empty.body.total).toMatchObject({ received: 0, onTimePercent: null, medianDaysToAnswer: null, satisfactionPercent: null });
  });
});
