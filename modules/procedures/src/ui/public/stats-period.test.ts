import { describe, expect, it } from 'vitest';
import { periodRange } from './stats-period.js';

describe('statistics periods (Vietnam calendar)', () => {
  // 30/11/2026 06:00 in Vietnam is still 29/11 in UTC.
  const now = new Date('2026-11-29T23:00:00.000Z');

  it('this month, the last 3 months and this year end today in Vietnam', () => {
    expect(periodRange('month', now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodRange('quarter', now)).toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(periodRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });

  it('the last 3 months reach back over new year', () => {
    expect(periodRange('quarter', new Date('2027-01-15T05:00:00.000Z'))).toEqual({ from: '2026-11-01', to: '2027-01-15' });
  });
});
