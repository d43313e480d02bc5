import { describe, expect, it } from 'vitest';
import { pickUnit, type RoutingRule } from './routing.js';

const chain = ['him-lam-to-3', 'phuong-him-lam', 'tp-dien-bien-phu', 'dien-bien'];
const rule = (categoryId: string | null, areaId: string | null, unitId: string): RoutingRule => ({ categoryId, areaId, unitId });

/** Every rule that could match, most specific first (the order in feedback.md). */
const LADDER = [
  rule('street-lighting', 'him-lam-to-3', 'category+group'),
  rule('street-lighting', 'phuong-him-lam', 'category+ward'),
  rule('street-lighting', 'tp-dien-bien-phu', 'category+district'),
  rule('street-lighting', null, 'category+province'),
  rule(null, 'phuong-him-lam', 'any+ward'),
  rule(null, 'tp-dien-bien-phu', 'any+district'),
  rule(null, null, 'any+province'),
];

describe('pickUnit', () => {
  it('picks each rung of the specificity ladder once the rungs above it are gone', () => {
    for (let index = 0; index < LADDER.length; index += 1) {
      // Shuffled order: the result must not depend on the order rules come from the database.
      const remaining = LADDER.slice(index).reverse();
      expect(pickUnit(remaining, 'street-lighting', chain)).toBe(LADDER[index]!.unitId);
    }
  });

  it('ignores rules of other categories and other areas', () => {
    const rules = [
      rule('power-grid', 'phuong-him-lam', 'power'),
      rule(null, 'phuong-muong-thanh', 'other-ward'),
      rule(null, null, 'province-office'),
    ];
    expect(pickUnit(rules, 'street-lighting', chain)).toBe('province-office');
  });

  it('treats a rule naming the province like a rule with no area', () => {
    expect(pickUnit([rule(null, 'dien-bien', 'province'), rule('tourism-service', null, 'tourism')], 'tourism-service', chain)).toBe('tourism');
    expect(pickUnit([rule(null, 'dien-bien', 'province')], 'other', chain)).toBe('province');
  });

  it('routes a district without ward data by the district, then the province', () => {
    const districtOnly = ['huyen-tuan-giao', 'dien-bien'];
    expect(pickUnit(LADDER, 'environment', districtOnly)).toBe('any+province');
    expect(pickUnit([...LADDER, rule(null, 'huyen-tuan-giao', 'tuan-giao')], 'environment', districtOnly)).toBe('tuan-giao');
  });

  it('is null when nothing matches', () => {
    expect(pickUnit([rule('power-grid', null, 'power')], 'street-lighting', chain)).toBeNull();
  });
});
