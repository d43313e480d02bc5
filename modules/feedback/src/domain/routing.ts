import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '@portal/module-kit';
import { routingRules } from '../db/schema.js';
import type { LocatedPoint } from './places.js';
import { areaChainOf } from './places.js';

export interface RoutingRule {
  /** null = any category. */
  categoryId: string | null;
  /** null = the whole province. */
  areaId: string | null;
  unitId: string;
}

/**
 * The unit of the most specific rule matching a category at a place. `areaChain` lists the place's areas
 * from the deepest up: [group, ward, district, province] (missing levels left out). Order, most specific
 * first: this category + the deepest area (group, then ward) > this category + district > this category +
 * province (area null) > any category + ward > any category + district > any category + province.
 * null when no rule matches (the seed's "any category + province" rule makes that not happen).
 */
export function pickUnit(rules: readonly RoutingRule[], categoryId: string, areaChain: readonly string[]): string | null {
  // A null area means the province: it ranks with the last (least specific) area of the chain.
  const provinceDepth = Math.max(areaChain.length - 1, 0);
  const rank = (rule: RoutingRule): number | null => {
    if (rule.categoryId !== null && rule.categoryId !== categoryId) return null;
    const depth = rule.areaId === null ? provinceDepth : areaChain.indexOf(rule.areaId);
    if (depth < 0) return null;
    // Every rule naming the category outranks every "any category" rule, whatever its area.
    return (rule.categoryId === null ? areaChain.length : 0) + depth;
  };
  let best: { rank: number; unitId: string } | null = null;
  for (const rule of rules) {
    const ruleRank = rank(rule);
    if (ruleRank !== null && (best === null || ruleRank < best.rank)) best = { rank: ruleRank, unitId: rule.unitId };
  }
  return best?.unitId ?? null;
}

/** The unit that receives a report of this category at this place, from the routing_rules table. */
export async function resolveRoute(db: Db | Tx, categoryId: string, place: LocatedPoint): Promise<string | null> {
  const chain = areaChainOf(place);
  const rules = await db
    .select({ categoryId: routingRules.categoryId, areaId: routingRules.areaId, unitId: routingRules.unitId })
    .from(routingRules)
    .where(
      and(
        or(eq(routingRules.categoryId, categoryId), isNull(routingRules.categoryId)),
        or(inArray(routingRules.areaId, chain), isNull(routingRules.areaId)),
      ),
    );
  return pickUnit(rules, categoryId, chain);
}
