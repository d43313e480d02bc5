import { z } from '@hono/zod-openapi';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  INBOX_BUCKETS,
  LOCATION_SOURCES,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  RATINGS,
  REPORT_STATUSES,
  TIMELINE_KINDS,
  EVENT_VISIBILITIES,
  PHOTO_PURPOSES,
  AREA_LEVELS,
} from './domain.js';

/**
 * Zod schemas of the feedback API: they validate requests, generate the OpenAPI document and type the
 * UI's client. Dates are ISO 8601 strings; ids of reports in URLs are their readable codes.
 */

export const LocalizedTextSchema = z.object({ vi: z.string(), en: z.string() }).openapi('FeedbackLocalizedText');

export const LatLngSchema = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .openapi('LatLng');

/** Where a point is: residential group, ward, district, as far as the boundaries tell. */
export const PlaceSchema = z
  .object({
    group: z.object({ id: z.string(), name: LocalizedTextSchema }).nullable(),
    ward: z.object({ id: z.string(), name: LocalizedTextSchema }).nullable(),
    district: z.object({ id: z.string(), name: LocalizedTextSchema }).nullable(),
    /** "Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ" / "Group 3, Him Lam ward, Điện Biên Phủ city". */
    label: LocalizedTextSchema,
  })
  .openapi('Place');

export const CategorySchema = z
  .object({ id: z.string(), name: LocalizedTextSchema, icon: z.string(), deadlineDays: z.number().int() })
  .openapi('FeedbackCategory');

export const UnitSchema = z.object({ id: z.string(), name: LocalizedTextSchema, kind: z.string() }).openapi('FeedbackUnit');

export const PhotoSchema = z
  .object({
    id: z.string(),
    purpose: z.enum(PHOTO_PURPOSES),
    width: z.number().int(),
    height: z.number().int(),
    /** Same-origin URLs under /api/feedback/photos/{id}; private photos need the bearer token. */
    url: z.string(),
    thumbUrl: z.string(),
  })
  .openapi('FeedbackPhoto');

export const TimelineEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.enum(TIMELINE_KINDS),
    visibility: z.enum(EVENT_VISIBILITIES),
    fromStatus: z.enum(REPORT_STATUSES).nullable(),
    toStatus: z.enum(REPORT_STATUSES).nullable(),
    /** The unit concerned (e.g. forwarded to), with its name. */
    unit: UnitSchema.nullable(),
    /** Officer's name only for officers; the public sees the unit. */
    actorName: z.string().nullable(),
    text: z.string().nullable(),
  })
  .openapi('TimelineEntry');

/** A card in a list (public feed, my reports, officer inbox). */
export const ReportSummarySchema = z
  .object({
    code: z.string().openapi({ example: 'PA-2026-000123' }),
    category: CategorySchema,
    status: z.enum(REPORT_STATUSES),
    isPublic: z.boolean(),
    /** The first 200 characters of the description. */
    excerpt: z.string(),
    location: LatLngSchema,
    place: PlaceSchema,
    unit: UnitSchema,
    submittedAt: z.string(),
    dueAt: z.string(),
    answeredAt: z.string().nullable(),
    overdue: z.boolean(),
    thumbUrl: z.string().nullable(),
    /** Initials at most ("N.V.A."), and only where the viewer may not see the full name. */
    reporterInitials: z.string(),
  })
  .openapi('ReportSummary');

export const ReportDetailSchema = ReportSummarySchema.extend({
  description: z.string(),
  accuracyM: z.number().nullable(),
  locationSource: z.enum(LOCATION_SOURCES),
  photos: z.array(PhotoSchema),
  answer: z
    .object({ text: z.string(), at: z.string(), unit: UnitSchema, photos: z.array(PhotoSchema) })
    .nullable(),
  rejectReason: z.string().nullable(),
  rating: z.object({ value: z.enum(RATINGS), comment: z.string().nullable(), at: z.string() }).nullable(),
  reopenCount: z.number().int(),
  timeline: z.array(TimelineEntrySchema),
  followers: z.number().int(),
  /** Whether the caller follows this report (so the UI offers "unfollow"). */
  following: z.boolean(),
  /** What the caller may do now, so the UI shows only possible actions. */
  can: z.object({
    rate: z.boolean(),
    follow: z.boolean(),
    act: z.array(z.string()).openapi({ description: 'Officer actions allowed now: accept, reject, forward, assign, note, extend, answer.' }),
  }),
  /** Only for the reporter and officers of the handling unit. */
  reporter: z.object({ name: z.string(), phone: z.string().nullable(), nationalId: z.string().nullable() }).nullable(),
  handler: z.object({ sub: z.string(), name: z.string().nullable() }).nullable(),
  privacyFlags: z.array(z.string()),
  version: z.number().int(),
}).openapi('ReportDetail');

export const ReportPageSchema = z
  .object({ items: z.array(ReportSummarySchema), nextCursor: z.string().nullable() })
  .openapi('ReportPage');

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  /** Opaque cursor from the previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
};

export const PublicFeedQuerySchema = z.object({
  ...pageQuery,
  category: z.string().max(64).optional(),
  ward: z.string().max(64).optional(),
  district: z.string().max(64).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});

export const MapQuerySchema = z.object({
  /** minLng,minLat,maxLng,maxLat */
  bbox: z.string().regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/).optional(),
  category: z.string().max(64).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});

/** GeoJSON FeatureCollection of public reports as points: properties {code, status, categoryId, title}. At most 2,000 features. */
export const ReportPointsSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.any()), truncated: z.boolean() })
  .openapi('ReportPoints');

export const BoundariesSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.any()) })
  .openapi('Boundaries', { description: 'GeoJSON; feature properties {id, level, parentId, name: {vi,en}}.' });

export const BoundariesQuerySchema = z.object({ level: z.enum(AREA_LEVELS).optional(), parent: z.string().max(64).optional() });

export const PlaceQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

export const NearbyQuerySchema = PlaceQuerySchema.extend({ category: z.string().max(64) });

/**
 * The JSON part of POST /reports (multipart/form-data: field `report` = this JSON, fields `photos` =
 * 1–5 image files). Header Idempotency-Key (8–128 chars) is required: the offline queue retries with it.
 */
export const CreateReportSchema = z
  .object({
    categoryId: z.string().min(1).max(64),
    description: z.string().trim().min(DESCRIPTION_MIN).max(DESCRIPTION_MAX),
    isPublic: z.boolean(),
    location: LatLngSchema.extend({
      accuracyM: z.number().min(0).max(100_000).nullable().optional(),
      source: z.enum(LOCATION_SOURCES),
    }),
    /** Optional phone for the unit to call back; never public. */
    contactPhone: z
      .string()
      .regex(/^(\+84|0)\d{9,10}$/)
      .nullable()
      .optional(),
    /** The reporter saw the privacy warning about phone/id numbers in the text and sends anyway. */
    acknowledgePrivacyWarning: z.boolean().optional(),
  })
  .openapi('CreateReport');

export const CreatedReportSchema = z
  .object({ code: z.string(), status: z.enum(REPORT_STATUSES), unit: UnitSchema, dueAt: z.string(), place: PlaceSchema })
  .openapi('CreatedReport');

/** POST /reports/check-text: the privacy check the form runs before sending. */
export const TextCheckSchema = z.object({ text: z.string().max(DESCRIPTION_MAX) });
export const TextCheckResultSchema = z
  .object({ findings: z.array(z.object({ kind: z.enum(['phone', 'national-id']), match: z.string() })) })
  .openapi('TextCheckResult');

export const RateSchema = z
  .object({ value: z.enum(RATINGS), comment: z.string().trim().max(1000).nullable().optional(), version: z.number().int() })
  .openapi('RateReport');

export const InboxQuerySchema = z.object({
  ...pageQuery,
  bucket: z.enum(INBOX_BUCKETS).default('all'),
  q: z.string().trim().max(100).optional(),
  category: z.string().max(64).optional(),
  ward: z.string().max(64).optional(),
  unit: z.string().max(64).optional(),
});

export const InboxCountsSchema = z
  .object(Object.fromEntries(INBOX_BUCKETS.map((bucket) => [bucket, z.number().int()])) as Record<(typeof INBOX_BUCKETS)[number], z.ZodNumber>)
  .openapi('InboxCounts');

/** Officer action bodies; every one names the report version it read (409 when stale). */
const versioned = { version: z.number().int() };
export const AcceptSchema = z.object({ ...versioned }).openapi('AcceptReport');
export const RejectSchema = z.object({ ...versioned, reason: z.string().trim().min(10).max(2000) }).openapi('RejectReport');
export const ForwardSchema = z
  .object({ ...versioned, unitId: z.string().min(1).max(64), reason: z.string().trim().min(10).max(2000) })
  .openapi('ForwardReport');
export const AssignSchema = z
  .object({ ...versioned, handlerSub: z.string().min(1).max(200), handlerName: z.string().trim().min(1).max(200) })
  .openapi('AssignReport');
export const NoteSchema = z.object({ ...versioned, text: z.string().trim().min(1).max(5000) }).openapi('InternalNote');
export const ExtendSchema = z
  .object({ ...versioned, workingDays: z.number().int().min(1).max(30), reason: z.string().trim().min(10).max(2000) })
  .openapi('ExtendDeadline');
/** The JSON part of the multipart answer (field `answer`; files `photos`, 0–5). */
export const AnswerSchema = z
  .object({ ...versioned, text: z.string().trim().min(20).max(DESCRIPTION_MAX) })
  .openapi('AnswerReport');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    actorSub: z.string(),
    actorName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('FeedbackAuditEntry');

export const STATS_GROUPINGS = ['ward', 'district', 'unit'] as const;
export const StatsQuerySchema = z.object({
  by: z.enum(STATS_GROUPINGS).default('ward'),
  /** Reports submitted from/to (inclusive dates, YYYY-MM-DD); default all time. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  category: z.string().max(64).optional(),
});

export const StatsRowSchema = z
  .object({
    id: z.string(),
    name: LocalizedTextSchema,
    received: z.number().int(),
    resolved: z.number().int().openapi({ description: 'Answered or closed.' }),
    inProgress: z.number().int().openapi({ description: 'Submitted or in progress (not answered yet).' }),
    overdue: z.number().int().openapi({ description: 'Open and past the deadline now.' }),
    rejected: z.number().int(),
    onTimePercent: z.number().nullable().openapi({ description: 'Answered on or before the deadline, of all answered; null when none.' }),
    medianDaysToAnswer: z.number().nullable(),
    satisfactionPercent: z.number().nullable().openapi({ description: 'Satisfied ratings of all ratings; null when none.' }),
    reopened: z.number().int().openapi({ description: 'Reports reopened at least once (a not-satisfied rating).' }),
  })
  .openapi('FeedbackStatsRow');

export const StatsSchema = z
  .object({ by: z.enum(STATS_GROUPINGS), rows: z.array(StatsRowSchema), total: StatsRowSchema.omit({ id: true, name: true }) })
  .openapi('FeedbackStats');

export type Place = z.infer<typeof PlaceSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Photo = z.infer<typeof PhotoSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type ReportSummary = z.infer<typeof ReportSummarySchema>;
export type ReportDetail = z.infer<typeof ReportDetailSchema>;
export type ReportPage = z.infer<typeof ReportPageSchema>;
export type CreateReport = z.infer<typeof CreateReportSchema>;
export type CreatedReport = z.infer<typeof CreatedReportSchema>;
export type InboxCounts = z.infer<typeof InboxCountsSchema>;
export type StatsRow = z.infer<typeof StatsRowSchema>;
export type Stats = z.infer<typeof StatsSchema>;
