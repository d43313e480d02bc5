/** The words of the procedures domain (dịch vụ công), shared by the API, the tables and the UI. */

export const PROCEDURE_LEVELS = ['commune', 'district', 'province'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];

export const APPLICANT_TYPES = ['citizen', 'business'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** full: submitted, paid and returned online (toàn trình); partial: some step at the counter (một phần). */
export const ONLINE_LEVELS = ['full', 'partial'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/** How the applicant gets the result: an electronic document to download, or at the counter. */
export const RESULT_DELIVERIES = ['electronic', 'counter'] as const;
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];

/**
 * draft → submitted (chờ tiếp nhận) → processing (đang xử lý) → approved (đã phê duyệt) → result_issued
 * (có kết quả) → returned (đã trả kết quả).
 * submitted → withdrawn (by the applicant) or refused (không tiếp nhận, with a reason).
 * processing ⇄ awaiting_supplement (chờ bổ sung: the clock pauses, and resumes when the applicant answers).
 * processing → denied (không giải quyết, with a reason).
 */
export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'processing',
  'awaiting_supplement',
  'approved',
  'result_issued',
  'returned',
  'withdrawn',
  'refused',
  'denied',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The statuses in which the agency still owes a result (the appointment counts). */
export const IN_PROCESS_STATUSES: readonly DossierStatus[] = ['processing', 'awaiting_supplement', 'approved'];
/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: readonly DossierStatus[] = ['returned', 'withdrawn', 'refused', 'denied'];

export const OFFICER_ACTIONS = [
  'receive',
  'refuse',
  'assign',
  'request_supplement',
  'approve',
  'deny',
  'issue_result',
  'confirm_payment',
  'return_result',
  'apologize',
] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];

export const APPLICANT_ACTIONS = ['edit', 'attach', 'submit', 'withdraw', 'supplement', 'delete'] as const;
export type ApplicantAction = (typeof APPLICANT_ACTIONS)[number];

/** One-stop desk inbox buckets. due_soon = in process and due within DUE_SOON_WORKING_DAYS working days. */
export const INBOX_BUCKETS = ['new', 'in_process', 'awaiting_supplement', 'due_soon', 'overdue', 'done', 'all'] as const;
export type InboxBucket = (typeof INBOX_BUCKETS)[number];
export const DUE_SOON_WORKING_DAYS = 2;

export const FEE_STATUSES = ['none', 'due', 'paid'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

export const TIMELINE_KINDS = [
  'created',
  'submitted',
  'withdrawn',
  'received',
  'refused',
  'assigned',
  'supplement_requested',
  'supplement_provided',
  'approved',
  'denied',
  'result_issued',
  'payment_confirmed',
  'result_returned',
  'apology_issued',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** applicant: the applicant and the agency see it; internal: the agency only (assignments, internal notes). */
export const EVENT_VISIBILITIES = ['applicant', 'internal'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png'] as const;
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** At most this many files per required document, and per dossier. */
export const FILES_PER_DOCUMENT_MAX = 10;
export const FILES_PER_DOSSIER_MAX = 40;
/** The document id of files sent in answer to a supplement request that names no listed document. */
export const SUPPLEMENT_DOCUMENT_ID = 'supplement';

export const REASON_MIN = 10;
export const REASON_MAX = 2000;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;

/**
 * Dossier codes: the agency's code in the national dossier-code scheme, the day of submission in Vietnam
 * (yymmdd) and a 4-digit sequence per agency and day: H40.25-251130-0001.
 */
export const DOSSIER_CODE_PATTERN = /^[A-Z0-9]+(\.[A-Z0-9]+)*-\d{6}-\d{4,}$/;
/** Verification codes printed on result documents: 10 characters of Crockford base32 (no I, L, O, U). */
export const VERIFICATION_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}$/;
/** Public lookup proves knowledge of the applicant with the last 4 digits of their id or tax code. */
export const LOOKUP_DIGITS_PATTERN = /^\d{4}$/;

/** The UI paths of a dossier, as links in notifications. */
export const dossierPath = (id: string) => `/m/procedures/dossiers/${id}`;
export const officeDossierPath = (id: string) => `/m/procedures/office/dossiers/${id}`;
