import { describe, expect, it } from 'vitest';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';

const invalid = () => new Error('bad cursor');

describe('keyset cursor', () => {
  it('round-trips PostgreSQL timestamp text with its microseconds', () => {
    const cursor = { at: '2026-11-30 03:37:48.123456+00', id: '0b6f3c1e-7d2a-4c1b-9a8e-2f4d5c6b7a80' };
    const text = encodeKeysetCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(text, invalid)).toEqual(cursor);
  });

  it('is absent on the first page', () => {
    expect(decodeKeysetCursor(undefined, invalid)).toBeUndefined();
    expect(decodeKeysetCursor('', invalid)).toBeUndefined();
  });

  it("throws the module's problem for anything it did not hand out", () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    for (const text of ['%%%', 'bm90IGpzb24', forged]) expect(() => decodeKeysetCursor(text, invalid)).toThrow('bad cursor');
  });
});
