import { asc, eq } from 'drizzle-orm';
import { remoteName, type Db, type ModuleDefinition, type RegistryEntry } from '@portal/module-kit';
import { modules, type ModuleRow, type NewModuleRow } from '../db/schema.js';

/** The audience value stored for modules everyone may see. */
export const PUBLIC_AUDIENCE = 'public';

export async function listRows(db: Db): Promise<ModuleRow[]> {
  return db.select().from(modules).orderBy(asc(modules.order), asc(modules.id));
}

export async function findRow(db: Db, id: string): Promise<ModuleRow | undefined> {
  const [row] = await db.select().from(modules).where(eq(modules.id, id));
  return row;
}

export async function insertRow(db: Db, row: NewModuleRow): Promise<ModuleRow> {
  const [inserted] = await db.insert(modules).values(row).onConflictDoNothing().returning();
  return inserted ?? (await findRow(db, row.id))!;
}

export async function updateRow(db: Db, id: string, patch: Partial<NewModuleRow>): Promise<ModuleRow | undefined> {
  const [row] = await db
    .update(modules)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(modules.id, id))
    .returning();
  return row;
}

/** The columns the installed package is the source of truth for (refreshed at every start). */
export function describedBy(definition: ModuleDefinition) {
  return {
    nameVi: definition.names.vi,
    nameEn: definition.names.en,
    descriptionVi: definition.descriptions?.vi ?? null,
    descriptionEn: definition.descriptions?.en ?? null,
    icon: definition.icon,
    audience: definition.audience === 'public' ? [PUBLIC_AUDIENCE] : [...definition.audience],
    order: definition.order,
  };
}

/** Whether a caller holding `roles` (empty for anonymous visitors) may see the module. */
export function isVisibleTo(row: Pick<ModuleRow, 'audience'>, roles: ReadonlySet<string>): boolean {
  return row.audience.some((audience) => audience === PUBLIC_AUDIENCE || roles.has(audience));
}

export function toRegistryEntry(row: ModuleRow): RegistryEntry {
  const descriptions =
    row.descriptionVi !== null && row.descriptionEn !== null
      ? { descriptions: { vi: row.descriptionVi, en: row.descriptionEn } }
      : {};
  return {
    id: row.id,
    version: row.version,
    names: { vi: row.nameVi, en: row.nameEn },
    ...descriptions,
    icon: row.icon,
    order: row.order,
    remote: { name: remoteName(row.id), entry: row.remoteEntry },
  };
}
