import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { idempotencyTable, outboxTable } from '@portal/module-kit';
import {
  AREA_LEVELS,
  EVENT_VISIBILITIES,
  LOCATION_SOURCES,
  PHOTO_PURPOSES,
  RATINGS,
  REPORT_STATUSES,
  UNIT_KINDS,
} from '../contract/domain.js';

export const feedbackSchema = pgSchema('feedback');

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * Administrative areas (province → district → ward/commune → residential group) with their boundary as
 * GeoJSON (Polygon or MultiPolygon, WGS 84). The bounding box lets a point lookup skip most rows in SQL;
 * the exact point-in-polygon test runs in the API.
 */
export const areas = feedbackSchema.table(
  'areas',
  {
    id: text('id').primaryKey(),
    level: text('level', { enum: AREA_LEVELS }).notNull(),
    parentId: text('parent_id'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    geometry: jsonb('geometry').notNull(),
    minLng: doublePrecision('min_lng').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLng: doublePrecision('max_lng').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
  },
  (table) => [
    index('areas_parent_idx').on(table.parentId),
    index('areas_bbox_idx').on(table.minLat, table.maxLat, table.minLng, table.maxLng),
    check('areas_level_check', sql`${table.level} in (${inList(AREA_LEVELS)})`),
  ],
);

/** Units that handle reports: ward People's Committees, city departments, companies, provincial departments. */
export const units = feedbackSchema.table(
  'units',
  {
    id: text('id').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    /** The area the unit answers for (a ward's committee → the ward); null for province-wide units. */
    areaId: text('area_id'),
    active: boolean('active').notNull().default(true),
  },
  (table) => [check('units_kind_check', sql`${table.kind} in (${inList(UNIT_KINDS)})`)],
);

export const categories = feedbackSchema.table('categories', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  icon: text('icon').notNull(),
  /** Working days the handling unit has to answer. */
  deadlineDays: integer('deadline_days').notNull(),
  displayOrder: integer('display_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/**
 * Category × area → handling unit. Null category = any category; null area = the whole province.
 * The most specific matching rule wins (see domain/routing.ts).
 */
export const routingRules = feedbackSchema.table(
  'routing_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    categoryId: text('category_id').references(() => categories.id),
    areaId: text('area_id').references(() => areas.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
  },
  // A unique constraint, not an index: only constraints take NULLS NOT DISTINCT in drizzle (PostgreSQL 15+).
  (table) => [unique('routing_rules_match_key').on(table.categoryId, table.areaId).nullsNotDistinct()],
);

/** Public holidays (and compensating days off) skipped when deadlines are counted in working days. */
export const holidays = feedbackSchema.table('holidays', {
  day: date('day', { mode: 'string' }).primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/** The last number handed out per year for readable codes (PA-2026-000123). */
export const codeCounters = feedbackSchema.table('code_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const reports = feedbackSchema.table(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    description: text('description').notNull(),
    /** The reporter's choice; a private report is seen only by the reporter and the handling units. */
    isPublic: boolean('is_public').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull(),
    /** Private: never in a public answer. */
    reporterSub: text('reporter_sub').notNull(),
    reporterName: text('reporter_name').notNull(),
    reporterPhone: text('reporter_phone'),
    reporterNationalId: text('reporter_national_id'),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    accuracyM: doublePrecision('accuracy_m'),
    locationSource: text('location_source', { enum: LOCATION_SOURCES }).notNull(),
    districtId: text('district_id'),
    wardId: text('ward_id'),
    groupId: text('group_id'),
    /** "Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ", as resolved when submitted. */
    placeVi: text('place_vi').notNull(),
    placeEn: text('place_en').notNull(),
    /** The unit that has the report now (changes on forward). */
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    handlerSub: text('handler_sub'),
    handlerName: text('handler_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The official public response notice (text; photos in `photos` with purpose 'answer'). */
    answerText: text('answer_text'),
    answeredByUnitId: text('answered_by_unit_id'),
    rejectReason: text('reject_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    rating: text('rating', { enum: RATINGS }),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    /** What the privacy check found in the description when submitted ('phone', 'national-id'). */
    privacyFlags: text('privacy_flags').array().notNull().default([]),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('reports_unit_status_idx').on(table.unitId, table.status, table.dueAt),
    index('reports_reporter_idx').on(table.reporterSub, table.submittedAt.desc()),
    index('reports_public_feed_idx').on(table.isPublic, table.submittedAt.desc(), table.id),
    index('reports_ward_idx').on(table.wardId),
    index('reports_location_idx').on(table.categoryId, table.lat, table.lng),
    check('reports_status_check', sql`${table.status} in (${inList(REPORT_STATUSES)})`),
    check('reports_location_source_check', sql`${table.locationSource} in (${inList(LOCATION_SOURCES)})`),
    check('reports_rating_check', sql`${table.rating} is null or ${table.rating} in (${inList(RATINGS)})`),
    check('reports_description_check', sql`char_length(${table.description}) between 10 and 5000`),
  ],
);

export type ReportRow = typeof reports.$inferSelect;

/** Photos of a report (purpose 'report') and of the official answer (purpose 'answer'), re-encoded. */
export const photos = feedbackSchema.table(
  'photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    purpose: text('purpose', { enum: PHOTO_PURPOSES }).notNull(),
    position: integer('position').notNull(),
    fullKey: text('full_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('photos_report_idx').on(table.reportId, table.purpose, table.position),
    check('photos_purpose_check', sql`${table.purpose} in (${inList(PHOTO_PURPOSES)})`),
  ],
);

/**
 * The report's timeline: every status change and action. `visibility` says who sees an entry:
 * 'public' (anyone who may see the report), 'reporter' (the reporter and officers), 'internal' (officers).
 */
export const reportEvents = feedbackSchema.table(
  'report_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    visibility: text('visibility', { enum: EVENT_VISIBILITIES }).notNull(),
    actorSub: text('actor_sub'),
    actorName: text('actor_name'),
    actorUnitId: text('actor_unit_id'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    /** The unit concerned (forwarded to, handling now). */
    unitId: text('unit_id'),
    text: text('text'),
    data: jsonb('data').notNull().default({}),
  },
  (table) => [
    index('report_events_report_idx').on(table.reportId, table.id),
    check('report_events_visibility_check', sql`${table.visibility} in (${inList(EVENT_VISIBILITIES)})`),
  ],
);

/** People following a report (who said "this is mine too" instead of filing a duplicate). */
export const reportFollowers = feedbackSchema.table(
  'report_followers',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    followerSub: text('follower_sub').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.followerSub] }), index('report_followers_sub_idx').on(table.followerSub)],
);

/** Every officer action, with the report before and after, in the same transaction; read by unit leads. */
export const auditLog = feedbackSchema.table(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    action: text('action').notNull(),
    actorSub: text('actor_sub').notNull(),
    actorName: text('actor_name'),
    actorUnits: text('actor_units').array().notNull().default([]),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (table) => [index('audit_log_report_idx').on(table.reportId, table.id)],
);

export const idempotencyKeys = idempotencyTable(feedbackSchema);
export const outbox = outboxTable(feedbackSchema);
