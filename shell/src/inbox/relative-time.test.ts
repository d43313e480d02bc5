import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime } from './relative-time.js';

const NOW = new Date('2026-11-30T03:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it('says how long ago in Vietnamese, in the largest unit that fits', () => {
    expect(formatRelativeTime(ago(10), NOW, 'vi')).toBe('bây giờ');
    expect(formatRelativeTime(ago(90), NOW, 'vi')).toBe('2 phút trước');
    expect(formatRelativeTime(ago(59.6 * 60), NOW, 'vi')).toBe('1 giờ trước');
    expect(formatRelativeTime(ago(5 * 3600), NOW, 'vi')).toBe('5 giờ trước');
    expect(formatRelativeTime(ago(24 * 3600), NOW, 'vi')).toBe('Hôm qua');
    expect(formatRelativeTime(ago(14 * 24 * 3600), NOW, 'vi')).toBe('2 tuần trước');
    expect(formatRelativeTime(ago(60 * 24 * 3600), NOW, 'vi')).toBe('2 tháng trước');
    expect(formatRelativeTime(ago(800 * 24 * 3600), NOW, 'vi')).toBe('2 năm trước');
  });

  it('and in English', () => {
    expect(formatRelativeTime(ago(10), NOW, 'en')).toBe('now');
    expect(formatRelativeTime(ago(45 * 60), NOW, 'en')).toBe('45 minutes ago');
    expect(formatRelativeTime(ago(24 * 3600), NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(ago(3 * 24 * 3600), NOW, 'en')).toBe('3 days ago');
  });

  it('gives the exact moment for the tooltip', () => {
    expect(formatDateTime(NOW, 'en')).toMatch(/Nov 30, 2026/);
  });
});
