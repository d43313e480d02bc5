import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgSchema, text } from 'drizzle-orm/pg-core';
import { HOTLINE_KINDS, HOTLINE_SCOPES } from '../contract/hotline.js';
import { foldSqlExpression } from './search-text.js';

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
