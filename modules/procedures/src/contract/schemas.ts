import { z } from '@hono/zod-openapi';
import {
  APPLICANT_TYPES,
  DOSSIER_STATUSES,
  EVENT_VISIBILITIES,
  FEE_STATUSES,
  INBOX_BUCKETS,
  OFFICER_ACTIONS,
  APPLICANT_ACTIONS,
  ONLINE_LEVELS,
  PAGE_SIZE_MAX,
  PROCEDURE_LEVELS,
  REASON_MAX,
  REASON_MIN,
  RESULT_DELIVERIES,
  TIMELINE_KINDS,
} from './domain.js';
import { FormDefinitionSchema, FormValuesSchema, LocalizedTextSchema, RequiredDocumentSchema } from './form-schema.js';

/**
 * Zod schemas of the procedures API: they validate requests, generate the OpenAPI document and type the
 * UI's client. Dates are ISO 8601 strings; amounts are whole đồng. Dossiers are addressed by id (uuid)
 * in URLs, since drafts have no code yet; `code` is what people read and the public lookup takes.
 */

// ---------- Catalog ----------

export const FieldSchema = z.object({ id: z.string(), name: LocalizedTextSchema, procedureCount: z.number().int() }).openapi('ProcedureField');

export const AgencySchema = z
  .object({
    id: z.string(),
    codePrefix: z.string(),
    name: LocalizedTextSchema,
    level: z.enum(PROCEDURE_LEVELS),
    address: z.string(),
    phone: z.string(),
    hours: LocalizedTextSchema,
  })
  .openapi('Agency');

export const ProcedureSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: LocalizedTextSchema,
    field: z.object({ id: z.string(), name: LocalizedTextSchema }),
    level: z.enum(PROCEDURE_LEVELS),
    agency: z.object({ id: z.string(), name: LocalizedTextSchema }),
    processingDays: z.number().int(),
    feeVnd: z.number().int(),
    applicantTypes: z.array(z.enum(APPLICANT_TYPES)),
    onlineLevel: z.enum(ONLINE_LEVELS),
  })
  .openapi('ProcedureSummary');

export const ProcedureDetailSchema = ProcedureSummarySchema.extend({
  summary: LocalizedTextSchema,
  feeNote: LocalizedTextSchema.nullable(),
  legalBasis: z.array(LocalizedTextSchema),
  resultDelivery: z.enum(RESULT_DELIVERIES),
  resultName: LocalizedTextSchema,
  requiredDocuments: z.array(RequiredDocumentSchema),
  form: FormDefinitionSchema,
  agencyDetail: AgencySchema,
}).openapi('ProcedureDetail');

export const CatalogQuerySchema = z.object({
  /** Words of the name or code; diacritics and case are ignored ("dang ky khai sinh" finds "Đăng ký khai sinh"). */
  q: z.string().max(200).optional(),
  field: z.string().optional(),
  agency: z.string().optional(),
  level: z.enum(PROCEDURE_LEVELS).optional(),
  applicant: z.enum(APPLICANT_TYPES).optional(),
  onlineLevel: z.enum(ONLINE_LEVELS).optional(),
});

export const CatalogPageSchema = z.object({ items: z.array(ProcedureSummarySchema), total: z.number().int() }).openapi('CatalogPage');

// ---------- Dossiers ----------

export const AttachmentSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    supplementRequestId: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    uploadedAt: z.string(),
    /** GET it with the bearer token: /api/procedures/dossiers/{id}/files/{fileId}. */
    url: z.string(),
  })
  .openapi('DossierAttachment');

export const SupplementRequestSchema = z
  .object({
    id: z.string(),
    reason: z.string(),
    documentIds: z.array(z.string()),
    requestedAt: z.string(),
    requestedByName: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answerNote: z.string().nullable(),
  })
  .openapi('SupplementRequest');

export const ApologyLetterSchema = z
  .object({
    id: z.string(),
    reason: z.string(),
    previousAppointmentAt: z.string(),
    newAppointmentAt: z.string(),
    issuedAt: z.string(),
    issuedByName: z.string().nullable(),
    agencyName: LocalizedTextSchema,
  })
  .openapi('ApologyLetter');

export const TimelineEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    kind: z.enum(TIMELINE_KINDS),
    visibility: z.enum(EVENT_VISIBILITIES),
    actorName: z.string().nullable(),
    fromStatus: z.enum(DOSSIER_STATUSES).nullable(),
    toStatus: z.enum(DOSSIER_STATUSES),
    text: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('DossierTimelineEntry');

export const PaymentSchema = z
  .object({
    feeVnd: z.number().int(),
    status: z.enum(FEE_STATUSES),
    /** The provider chosen; null until one is. */
    provider: z.string().nullable(),
    /** How to pay with it ("Nộp phí tại Bộ phận Một cửa…"). */
    instructions: LocalizedTextSchema.nullable(),
    reference: z.string().nullable(),
    paidAt: z.string().nullable(),
  })
  .openapi('DossierPayment');

export const PaymentProviderSchema = z
  .object({ id: z.string(), name: LocalizedTextSchema, online: z.boolean() })
  .openapi('PaymentProvider');

export const DossierSummarySchema = z
  .object({
    id: z.string(),
    code: z.string().nullable(),
    status: z.enum(DOSSIER_STATUSES),
    procedure: z.object({ id: z.string(), code: z.string(), name: LocalizedTextSchema }),
    agency: z.object({ id: z.string(), name: LocalizedTextSchema }),
    applicantName: z.string(),
    applicantType: z.enum(APPLICANT_TYPES),
    orgName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    appointmentAt: z.string().nullable(),
    /** True when in process and the appointment has passed. */
    overdue: z.boolean(),
    handlerName: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('DossierSummary');

export const DossierDetailSchema = DossierSummarySchema.extend({
  applicantIdNumber: z.string(),
  orgTaxCode: z.string().nullable(),
  form: FormValuesSchema,
  /** The procedure's form and documents as they are now, to render the dossier. */
  procedureForm: FormDefinitionSchema,
  requiredDocuments: z.array(RequiredDocumentSchema),
  attachments: z.array(AttachmentSchema),
  supplementRequests: z.array(SupplementRequestSchema),
  apologyLetters: z.array(ApologyLetterSchema),
  timeline: z.array(TimelineEntrySchema),
  payment: PaymentSchema,
  receivedAt: z.string().nullable(),
  pausedAt: z.string().nullable(),
  reason: z.string().nullable(),
  result: z
    .object({
      issuedAt: z.string(),
      verificationCode: z.string(),
      /** The PDF, GET with the bearer token; null when the result is handed out at the counter only. */
      url: z.string().nullable(),
      returnedAt: z.string().nullable(),
    })
    .nullable(),
  version: z.number().int(),
  /** What the caller may do now: applicant actions, officer actions (exactly what the API would allow). */
  can: z.object({ applicant: z.array(z.enum(APPLICANT_ACTIONS)), office: z.array(z.enum(OFFICER_ACTIONS)) }),
}).openapi('DossierDetail');

export const DossierListQuerySchema = z.object({
  status: z.enum(DOSSIER_STATUSES).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).optional(),
});

export const DossierPageSchema = z
  .object({ items: z.array(DossierSummarySchema), nextCursor: z.string().nullable() })
  .openapi('DossierPage');

export const CreateDossierSchema = z.object({ procedureId: z.string().min(1) }).openapi('CreateDossier');

/** Saving a draft: the values so far (checked for type only; the whole form is checked on submission). */
export const UpdateDraftSchema = z.object({ form: FormValuesSchema, version: z.number().int() }).openapi('UpdateDraft');

export const SubmitDossierSchema = z.object({ version: z.number().int() }).openapi('SubmitDossier');

export const SubmittedDossierSchema = z
  .object({ id: z.string(), code: z.string(), status: z.enum(DOSSIER_STATUSES), appointmentAt: z.string(), feeVnd: z.number().int() })
  .openapi('SubmittedDossier');

const reason = z.string().trim().min(REASON_MIN).max(REASON_MAX);

export const WithdrawSchema = z.object({ reason: reason.optional(), version: z.number().int() }).openapi('WithdrawDossier');

/** Answering a supplement request: the files were uploaded first (POST …/files with supplementRequestId). */
export const AnswerSupplementSchema = z
  .object({ note: z.string().trim().max(REASON_MAX).optional(), version: z.number().int() })
  .openapi('AnswerSupplement');

export const ChoosePaymentSchema = z.object({ provider: z.string().min(1), version: z.number().int() }).openapi('ChoosePayment');

// ---------- One-stop desk ----------

export const VersionOnlySchema = z.object({ version: z.number().int() }).openapi('VersionOnly');
export const ReasonActionSchema = z.object({ reason, version: z.number().int() }).openapi('ReasonAction');
export const AssignSchema = z
  .object({ handlerSub: z.string().min(1), handlerName: z.string().min(1).max(200), version: z.number().int() })
  .openapi('AssignHandler');
export const RequestSupplementSchema = z
  .object({ reason, documentIds: z.array(z.string()).max(20).default([]), version: z.number().int() })
  .openapi('RequestSupplement');
export const ConfirmPaymentSchema = z
  .object({ reference: z.string().trim().min(1).max(100), version: z.number().int() })
  .openapi('ConfirmPayment');
export const ApologizeSchema = z
  .object({ reason, newAppointmentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), version: z.number().int() })
  .openapi('Apologize');

export const InboxQuerySchema = z.object({
  bucket: z.enum(INBOX_BUCKETS).optional(),
  agency: z.string().optional(),
  q: z.string().max(100).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).optional(),
});

export const InboxPageSchema = z
  .object({
    items: z.array(DossierSummarySchema),
    nextCursor: z.string().nullable(),
    counts: z.record(z.enum(INBOX_BUCKETS), z.number().int()),
  })
  .openapi('InboxPage');

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    actorName: z.string().nullable(),
    actorUnitId: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()),
  })
  .openapi('DossierAuditEntry');

// ---------- Public ----------

export const LookupQuerySchema = z.object({
  code: z.string().trim().min(1).max(40),
  /** The last 4 digits of the applicant's national id or the enterprise's tax code. */
  last4: z.string().regex(/^\d{4}$/),
});

/** What the public lookup tells: no personal data. */
export const LookupResultSchema = z
  .object({
    code: z.string(),
    status: z.enum(DOSSIER_STATUSES),
    procedure: LocalizedTextSchema,
    agency: LocalizedTextSchema,
    submittedAt: z.string().nullable(),
    appointmentAt: z.string().nullable(),
    resultIssuedAt: z.string().nullable(),
  })
  .openapi('DossierLookup');

export const VerificationSchema = z
  .object({
    valid: z.literal(true),
    verificationCode: z.string(),
    dossierCode: z.string(),
    resultName: LocalizedTextSchema,
    procedure: LocalizedTextSchema,
    agency: LocalizedTextSchema,
    issuedAt: z.string(),
    /** SHA-256 of the PDF as issued, so a downloaded copy can be compared byte for byte. */
    sha256: z.string(),
  })
  .openapi('ResultVerification');

export const StatsQuerySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const AgencyStatsSchema = z
  .object({
    agency: z.object({ id: z.string(), name: LocalizedTextSchema, level: z.enum(PROCEDURE_LEVELS) }),
    received: z.number().int(),
    inProcess: z.number().int(),
    /** Of those with a result (or a denial) in the period: before the appointment day, on it, after it. */
    early: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    /** (early + onTime) / (early + onTime + late) × 100, one decimal; null when nothing was finished. */
    onTimePercent: z.number().nullable(),
    overdueInProcess: z.number().int(),
  })
  .openapi('AgencyStats');

export const StatsSchema = z
  .object({ from: z.string(), to: z.string(), agencies: z.array(AgencyStatsSchema), total: AgencyStatsSchema.omit({ agency: true }) })
  .openapi('ProcedureStats');

export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
export type ProcedureDetail = z.infer<typeof ProcedureDetailSchema>;
export type DossierSummary = z.infer<typeof DossierSummarySchema>;
export type DossierDetail = z.infer<typeof DossierDetailSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type LookupResult = z.infer<typeof LookupResultSchema>;
export type Verification = z.infer<typeof VerificationSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type InboxPage = z.infer<typeof InboxPageSchema>;
