import { sql } from 'drizzle-orm';
import { bigint, boolean, check, doublePrecision, index, integer, jsonb, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { foldSqlExpression, idempotencyTable } from '@portal/module-kit';
import { HOTLINE_KINDS, HOTLINE_SCOPES } from '../contract/hotline.js';

export const hotlinesSchema = pgSchema('hotlines');

/** The text a search looks in: names, unit, address and the number, folded for search. */
const SEARCHED_COLUMNS = ['name_vi', 'name_en', 'unit_vi', 'unit_en', 'address', 'number'];
const searchTextSql = foldSqlExpression(SEARCHED_COLUMNS.map((column) => `coalesce("${column}", '')`).join(" || ' ' || "));

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** National emergency numbers and the province's own lines and facilities (đường dây nóng). */
export const lines = hotlinesSchema.table(
  'lines',
  {
    id: text('id').primaryKey(),
    scope: text('scope', { enum: HOTLINE_SCOPES }).notNull(),
    kind: text('kind', { enum: HOTLINE_KINDS }).notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    number: text('number').notNull(),
    tel: text('tel').notNull(),
    descriptionVi: text('description_vi'),
    descriptionEn: text('description_en'),
    unitVi: text('unit_vi'),
    unitEn: text('unit_en'),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    open24h: boolean('open_24h').notNull().default(false),
    hoursVi: text('hours_vi'),
    hoursEn: text('hours_en'),
    displayOrder: integer('display_order').notNull().default(0),
    /** Bumped by every admin write; a PATCH names the version it read, so a stale write is refused. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql.raw(searchTextSql)),
  },
  (table) => [
    index('lines_scope_order_idx').on(table.scope, table.displayOrder),
    check('lines_scope_check', sql`${table.scope} in (${inList(HOTLINE_SCOPES)})`),
    check('lines_kind_check', sql`${table.kind} in (${inList(HOTLINE_KINDS)})`),
    check('lines_tel_check', sql`${table.tel} ~ '^\\+?[0-9]{3,15}$'`),
    check(
      'lines_location_check',
      sql`(${table.lat} is null and ${table.lng} is null) or (${table.lat} between -90 and 90 and ${table.lng} between -180 and 180)`,
    ),
  ],
);

export type LineRow = typeof lines.$inferSelect;
export type NewLineRow = typeof lines.$inferInsert;

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every admin write, recorded in the same transaction as the change it describes. */
export const auditLog = hotlinesSchema.table(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorSub: text('actor_sub').notNull(),
    actorName: text('actor_name'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    lineId: text('line_id').notNull(),
    /** The line as the API returned it before and after; null before a create and after a delete. */
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (table) => [
    index('audit_log_at_idx').on(table.at.desc(), table.id.desc()),
    index('audit_log_line_idx').on(table.lineId),
    check('audit_log_action_check', sql`${table.action} in (${inList(AUDIT_ACTIONS)})`),
  ],
);

/**
 * Answers to POSTs sent with an Idempotency-Key, per caller, so a retried create replays the first
 * answer instead of creating a second line. Kept 24 hours.
 */
export const idempotencyKeys = idempotencyTable(hotlinesSchema);

export type AuditRow = typeof auditLog.$inferSelect;
