import { describe, expect, it } from 'vitest';
import { isVisibleTo } from './registry-table.js';

describe('isVisibleTo', () => {
  it('shows public modules to everyone, anonymous visitors included', () => {
    expect(isVisibleTo({ audience: ['public'] }, new Set())).toBe(true);
  });

  it('shows role-restricted modules only to holders of one of those roles', () => {
    const forOfficers = { audience: ['officer', 'unit_lead'] };
    expect(isVisibleTo(forOfficers, new Set())).toBe(false);
    expect(isVisibleTo(forOfficers, new Set(['citizen']))).toBe(false);
    expect(isVisibleTo(forOfficers, new Set(['citizen', 'unit_lead']))).toBe(true);
  });
});
