import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatVnd } from './format.js';

describe('formatting', () => {
  it('writes money in đồng with dots between thousands', () => {
    expect([formatVnd(100000), formatVnd(0), formatVnd(1500), formatVnd(1234567890)]).toEqual(['100.000 ₫', '0 ₫', '1.500 ₫', '1.234.567.890 ₫']);
  });

  it('writes dates day first in Vietnam time, whatever the device zone', () => {
    // 17:30 UTC on 30 Nov is already 1 Dec in Vietnam (UTC+7).
    expect(formatDate('2026-11-30T17:30:00.000Z')).toBe('01/12/2026');
    expect(formatDate('2026-12-03')).toBe('03/12/2026');
    expect(formatDateTime('2026-11-30T01:05:00.000Z')).toBe('08:05 30/11/2026');
  });

  it('writes file sizes the way each language does', () => {
    expect([formatBytes(4096), formatBytes(1_572_864), formatBytes(512), formatBytes(1_572_864, 'en')]).toEqual(['4,0 KB', '1,5 MB', '512 B', '1.5 MB']);
  });
});
