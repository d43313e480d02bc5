import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link.js';

describe('safeLink', () => {
  it.each([
    ['/m/feedback/reports/PA-2026-000123', '/m/feedback/reports/PA-2026-000123'],
    ['/m/feedback/reports/1?tab=history#answer', '/m/feedback/reports/1?tab=history#answer'],
    ['/m/feedback/../profile', '/m/profile'],
    ['/m/tìm kiếm', '/m/t%C3%ACm%20ki%E1%BA%BFm'],
  ])('keeps the portal path %s', (link, expected) => {
    expect(safeLink(link)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'https://evil.example/phish',
    '//evil.example/phish',
    '/\\evil.example',
    '\\\\evil.example',
    'm/feedback',
    '/m/x\u0000y',
    '/m/x\ny',
    ' /m/leading-space',
    '',
    `/${'a'.repeat(600)}`,
  ])('drops %j', (link) => {
    expect(safeLink(link)).toBeUndefined();
  });
});
