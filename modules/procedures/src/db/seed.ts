import type { ModuleContext, Tx } from '@portal/module-kit';
import { HOLIDAYS } from '@portal/module-kit';
import { agencies, fields, holidays, procedures } from './schema.js';
import { AGENCIES, FIELDS } from './seed-data/agencies.js';
import { PROCEDURES } from './seed-data/procedures.js';
import { seedSampleDossiers } from './seed-data/sample-dossiers.js';

/**
 * Seeds the procedures module: agencies, fields, the SAMPLE catalog of procedures, holidays, then the
 * SAMPLE dossiers. Idempotent: rows are added when missing and never overwritten, so what operators
 * change in the catalog stays; sample dossiers are written once (seedSampleDossiers is idempotent).
 */
export async function seedProcedures(ctx: ModuleContext): Promise<void> {
  await ctx.db.transaction(seedCatalog);
  const samples = await seedSampleDossiers(ctx);
  ctx.log.info(
    { agencies: AGENCIES.length, fields: FIELDS.length, procedures: PROCEDURES.length, holidays: HOLIDAYS.length, samples },
    'procedures seeded (SAMPLE catalog and dossiers)',
  );
}

export async function seedCatalog(tx: Tx): Promise<void> {
  await tx.insert(agencies).values([...AGENCIES]).onConflictDoNothing({ target: agencies.id });
  await tx
    .insert(fields)
    .values(FIELDS.map((field, index) => ({ ...field, displayOrder: (index + 1) * 10 })))
    .onConflictDoNothing({ target: fields.id });
  await tx.insert(procedures).values([...PROCEDURES]).onConflictDoNothing({ target: procedures.id });
  await tx.insert(holidays).values([...HOLIDAYS]).onConflictDoNothing({ target: holidays.day });
}
