import { describe, expect, it } from 'vitest';
import { officeRange, rangeProblem } from './stats-range.js';

// 1 March 2028, 06:30 in Vietnam (still 29 February in UTC): a leap year, and the zone decides the month.
const MARCH_FIRST_MORNING = new Date('2028-02-29T23:30:00Z');

describe('desk statistics periods', () => {
  it('counts this month, last month and this year on the Vietnamese calendar', () => {
    expect(officeRange('month', MARCH_FIRST_MORNING)).toEqual({ from: '2028-03-01', to: '2028-03-01' });
    expect(officeRange('lastMonth', MARCH_FIRST_MORNING)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(officeRange('year', MARCH_FIRST_MORNING)).toEqual({ from: '2028-01-01', to: '2028-03-01' });
  });

  it('takes December of last year in January', () => {
    expect(officeRange('lastMonth', new Date('2027-01-15T05:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('accepts a custom range only with two calendar days in order', () => {
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-30' })).toBeNull();
    expect(rangeProblem({ from: '2026-11-30', to: '2026-11-30' })).toBeNull();
    expect(rangeProblem({ from: '', to: '2026-11-30' })).toBe('missing');
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('missing');
    expect(rangeProblem({ from: '2026-12-01', to: '2026-11-30' })).toBe('reversed');
  });
});
