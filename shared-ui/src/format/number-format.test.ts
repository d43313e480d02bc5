import { describe, expect, it } from 'vitest';
import { formatCount, formatDays, formatPercent } from './number-format.js';

describe('statistics formatting', () => {
  it('writes numbers the Vietnamese way (dot thousands, comma decimals) and the English way', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatPercent(87.5, 'vi')).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatDays(3.25, 'vi')).toBe('3,3');
    expect(formatDays(10, 'en')).toBe('10');
  });

  it('keeps "nothing measured yet" apart from zero', () => {
    expect(formatPercent(null, 'vi')).toBeNull();
    expect(formatDays(null, 'en')).toBeNull();
    expect(formatPercent(0, 'vi')).toBe('0%');
  });
});
