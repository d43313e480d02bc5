import { boolean, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The gateway's own Postgres schema; modules never read or write it. */
export const platform = pgSchema('platform');

/**
 * The module registry: which modules the home grid offers, at which published UI version, to whom.
 * Descriptive columns follow the installed package; `enabled` and `version` belong to the operator.
 */
export const modules = platform.table('modules', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi'),
  descriptionEn: text('description_en'),
  icon: text('icon').notNull(),
  /** Roles that see the module; ['public'] means everyone, anonymous visitors included. */
  audience: text('audience').array().notNull(),
  version: text('version').notNull(),
  /** URL of the remote's mf-manifest.json (or remoteEntry.js); same-origin under /m/<id>/<version>/. */
  remoteEntry: text('remote_entry').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  order: integer('order').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ModuleRow = typeof modules.$inferSelect;
export type NewModuleRow = typeof modules.$inferInsert;
