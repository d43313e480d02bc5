import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idempotencyTable, outboxTable } from '@portal/module-kit';
import type { FormDefinition, FormValues, LocalizedText, RequiredDocument } from '../contract/form-schema.js';
import {
  APPLICANT_TYPES,
  DOSSIER_STATUSES,
  EVENT_VISIBILITIES,
  FEE_STATUSES,
  ONLINE_LEVELS,
  PROCEDURE_LEVELS,
  RESULT_DELIVERIES,
  TIMELINE_KINDS,
  type ApplicantType,
} from '../contract/domain.js';

export const proceduresSchema = pgSchema('procedures');

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * Agencies that handle procedures, each with its one-stop desk (bộ phận một cửa). `id` is the unit id
 * officers carry in their token (`units`), so an officer of the desk sees the agency's dossiers.
 */
export const agencies = proceduresSchema.table(
  'agencies',
  {
    id: text('id').primaryKey(),
    /** The agency's part of dossier codes (national scheme), e.g. 'H40.25'. */
    codePrefix: text('code_prefix').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    level: text('level', { enum: PROCEDURE_LEVELS }).notNull(),
    address: text('address').notNull(),
    phone: text('phone').notNull(),
    /** Opening hours of the counter, shown to applicants who must come in. */
    hoursVi: text('hours_vi').notNull(),
    hoursEn: text('hours_en').notNull(),
  },
  (table) => [check('agencies_level_check', sql`${table.level} in (${inList(PROCEDURE_LEVELS)})`)],
);

/** Fields (lĩnh vực) procedures are grouped in: civil status, business registration, construction, land… */
export const fields = proceduresSchema.table('fields', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  displayOrder: integer('display_order').notNull().default(0),
});

/** The catalog: one row per procedure, its form and required documents as data. */
export const procedures = proceduresSchema.table(
  'procedures',
  {
    id: text('id').primaryKey(),
    /** The national procedure code (mã thủ tục), e.g. '1.001193'. */
    code: text('code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    fieldId: text('field_id')
      .notNull()
      .references(() => fields.id),
    level: text('level', { enum: PROCEDURE_LEVELS }).notNull(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    processingDays: integer('processing_days').notNull(),
    /** Fee in đồng; 0 = free. */
    feeVnd: integer('fee_vnd').notNull().default(0),
    feeNote: jsonb('fee_note').$type<LocalizedText | null>(),
    legalBasis: jsonb('legal_basis').$type<LocalizedText[]>().notNull(),
    applicantTypes: text('applicant_types').array().$type<ApplicantType[]>().notNull(),
    onlineLevel: text('online_level', { enum: ONLINE_LEVELS }).notNull(),
    resultDelivery: text('result_delivery', { enum: RESULT_DELIVERIES }).notNull(),
    /** What the result document is (Giấy chứng nhận đăng ký hộ kinh doanh…), printed as its title. */
    resultName: jsonb('result_name').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    requiredDocuments: jsonb('required_documents').$type<RequiredDocument[]>().notNull(),
    form: jsonb('form').$type<FormDefinition>().notNull(),
    active: boolean('active').notNull().default(true),
    displayOrder: integer('display_order').notNull().default(0),
  },
  (table) => [
    index('procedures_field_idx').on(table.fieldId),
    index('procedures_agency_idx').on(table.agencyId),
    check('procedures_level_check', sql`${table.level} in (${inList(PROCEDURE_LEVELS)})`),
    check('procedures_online_level_check', sql`${table.onlineLevel} in (${inList(ONLINE_LEVELS)})`),
    check('procedures_result_delivery_check', sql`${table.resultDelivery} in (${inList(RESULT_DELIVERIES)})`),
    check('procedures_days_check', sql`${table.processingDays} >= 0`),
  ],
);

/** Public holidays (and compensating days off) skipped when appointments are counted in working days. */
export const holidays = proceduresSchema.table('holidays', {
  day: date('day', { mode: 'string' }).primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/** The last sequence number handed out per agency and day (yymmdd) for dossier codes. */
export const codeCounters = proceduresSchema.table(
  'code_counters',
  {
    agencyId: text('agency_id').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.day] })],
);

export const dossiers = proceduresSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Given on submission; null while a draft. */
    code: text('code').unique(),
    procedureId: text('procedure_id')
      .notNull()
      .references(() => procedures.id),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull().default('draft'),
    /** The account that started it. */
    applicantSub: text('applicant_sub').notNull(),
    applicantType: text('applicant_type', { enum: APPLICANT_TYPES }).notNull(),
    applicantName: text('applicant_name').notNull(),
    /** The national id of the applicant (citizen) or the enterprise's tax code (business): public lookup checks its last 4 digits. */
    applicantIdNumber: text('applicant_id_number').notNull(),
    /** For business dossiers: every representative of this enterprise sees the dossier. */
    orgTaxCode: text('org_tax_code'),
    orgName: text('org_name'),
    form: jsonb('form').$type<FormValues>().notNull(),
    /** Fee in đồng copied from the procedure at submission. */
    feeVnd: integer('fee_vnd').notNull().default(0),
    feeStatus: text('fee_status', { enum: FEE_STATUSES }).notNull().default('none'),
    /** The payment provider chosen (built-in: 'counter'). */
    paymentProvider: text('payment_provider'),
    paymentReference: text('payment_reference'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** When the result is due (end of the last working day, Vietnam time); set on submission, moved by pauses and apologies. */
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    /** While awaiting a supplement: when the clock stopped. */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    handlerSub: text('handler_sub'),
    handlerName: text('handler_name'),
    /** Why it was refused, denied or withdrawn. */
    reason: text('reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    resultFileKey: text('result_file_key'),
    resultSha256: text('result_sha256'),
    verificationCode: text('verification_code').unique(),
    resultIssuedAt: timestamp('result_issued_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('dossiers_applicant_idx').on(table.applicantSub, table.updatedAt),
    index('dossiers_org_idx').on(table.orgTaxCode, table.updatedAt),
    index('dossiers_agency_status_idx').on(table.agencyId, table.status, table.appointmentAt),
    check('dossiers_status_check', sql`${table.status} in (${inList(DOSSIER_STATUSES)})`),
    check('dossiers_fee_status_check', sql`${table.feeStatus} in (${inList(FEE_STATUSES)})`),
    check('dossiers_code_check', sql`${table.status} = 'draft' or ${table.code} is not null`),
  ],
);

/** Files attached to a dossier: for a required document, or in answer to a supplement request. */
export const attachments = proceduresSchema.table(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    /** A RequiredDocument id of the procedure, or 'supplement'. */
    documentId: text('document_id').notNull(),
    /** Set when sent in answer to a supplement request. */
    supplementRequestId: uuid('supplement_request_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('attachments_dossier_idx').on(table.dossierId)],
);

/** Requests for more documents (yêu cầu bổ sung): while one is open the clock is paused. */
export const supplementRequests = proceduresSchema.table(
  'supplement_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** RequiredDocument ids asked for again (may be empty: then the reason says what). */
    documentIds: text('document_ids').array().notNull().default([]),
    requestedBy: text('requested_by').notNull(),
    requestedByName: text('requested_by_name'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerNote: text('answer_note'),
    /** Working days the clock stood still, added to the appointment when answered. */
    pausedWorkingDays: integer('paused_working_days'),
  },
  (table) => [index('supplement_requests_dossier_idx').on(table.dossierId)],
);

/** Apology letters (thư xin lỗi) for overdue dossiers, with the new appointment. */
export const apologyLetters = proceduresSchema.table(
  'apology_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    previousAppointmentAt: timestamp('previous_appointment_at', { withTimezone: true }).notNull(),
    newAppointmentAt: timestamp('new_appointment_at', { withTimezone: true }).notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedByName: text('issued_by_name'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('apology_letters_dossier_idx').on(table.dossierId)],
);

/** The dossier's timeline, shown to the applicant (visibility 'applicant') and the agency (all). */
export const dossierEvents = proceduresSchema.table(
  'dossier_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: TIMELINE_KINDS }).notNull(),
    visibility: text('visibility', { enum: EVENT_VISIBILITIES }).notNull(),
    actorSub: text('actor_sub'),
    actorName: text('actor_name'),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    text: text('text'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('dossier_events_dossier_idx').on(table.dossierId, table.id),
    check('dossier_events_kind_check', sql`${table.kind} in (${inList(TIMELINE_KINDS)})`),
    check('dossier_events_visibility_check', sql`${table.visibility} in (${inList(EVENT_VISIBILITIES)})`),
  ],
);

/** Every officer and applicant action, with the dossier before and after (personal form data left out). */
export const auditLog = proceduresSchema.table(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id').notNull(),
    action: text('action').notNull(),
    actorSub: text('actor_sub').notNull(),
    actorName: text('actor_name'),
    actorUnitId: text('actor_unit_id'),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_log_dossier_idx').on(table.dossierId, table.id)],
);

/**
 * Requests per client key in fixed windows, shared by every API process so a limit holds behind a load
 * balancer (the public lookup's 30 a minute). Rows of past windows are pruned as new windows open.
 */
export const rateLimits = proceduresSchema.table(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] }), index('rate_limits_window_idx').on(table.windowStart)],
);

export const outbox = outboxTable(proceduresSchema);
export const idempotencyKeys = idempotencyTable(proceduresSchema);

export type AgencyRow = typeof agencies.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;
export type DossierRow = typeof dossiers.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;
export type SupplementRequestRow = typeof supplementRequests.$inferSelect;
export type ApologyLetterRow = typeof apologyLetters.$inferSelect;
