import { sql } from 'drizzle-orm';
import type { ModuleContext, Tx } from '@portal/module-kit';
import { areas, categories, holidays, routingRules, units } from './schema.js';
import { readBoundaries } from './seed-data/boundaries.js';
import { HOLIDAYS } from '@portal/module-kit';
import { CATEGORIES, ROUTING_RULES, UNITS } from './seed-data/reference.js';
import { seedSampleReports } from './seed-data/sample-reports.js';

const BATCH_SIZE = 200;

/**
 * Seeds the feedback module: boundaries (SCHEMATIC sample, or the GeoJSON file named by
 * FEEDBACK_BOUNDARIES_FILE), units, categories, routing rules, holidays, then the SAMPLE reports.
 * Idempotent: boundaries are upserted (a new file replaces the shapes), the rest is added when missing
 * and never overwritten, so what admins change stays; sample reports are written once.
 */
export async function seedFeedback(ctx: ModuleContext): Promise<void> {
  const boundaries = await readBoundaries(process.env.FEEDBACK_BOUNDARIES_FILE || undefined);
  await ctx.db.transaction(async (tx) => {
    for (let start = 0; start < boundaries.length; start += BATCH_SIZE) {
      await tx
        .insert(areas)
        .values(boundaries.slice(start, start + BATCH_SIZE))
        .onConflictDoUpdate({ target: areas.id, set: fromExcluded(['level', 'parent_id', 'name_vi', 'name_en', 'geometry', 'min_lng', 'min_lat', 'max_lng', 'max_lat']) });
    }
    await seedReference(tx);
  });
  const samples = await seedSampleReports(ctx);
  ctx.log.info({ areas: boundaries.length, units: UNITS.length, categories: CATEGORIES.length, samples }, 'feedback seeded (SCHEMATIC boundaries, SAMPLE reports)');
}

async function seedReference(tx: Tx): Promise<void> {
  await tx.insert(units).values([...UNITS]).onConflictDoNothing({ target: units.id });
  await tx
    .insert(categories)
    .values(CATEGORIES.map((category, index) => ({ ...category, displayOrder: (index + 1) * 10 })))
    .onConflictDoNothing({ target: categories.id });
  await tx
    .insert(routingRules)
    .values([...ROUTING_RULES])
    .onConflictDoNothing({ target: [routingRules.categoryId, routingRules.areaId] });
  await tx.insert(holidays).values([...HOLIDAYS]).onConflictDoNothing({ target: holidays.day });
}

/** `set` of an upsert taking these columns from the row that was to be inserted. */
function fromExcluded(columns: string[]) {
  const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return Object.fromEntries(columns.map((column) => [camel(column), sql.raw(`excluded."${column}"`)]));
}
