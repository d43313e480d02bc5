/** The words of the feedback domain, shared by the API, the tables and the UI. */

export const AREA_LEVELS = ['province', 'district', 'ward', 'group'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const UNIT_KINDS = ['ward_committee', 'city_department', 'company', 'province_department', 'province_office'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * submitted → in_progress (accepted) → answered → closed (satisfied) or back to in_progress (not
 * satisfied: reopened to the unit's lead with a new deadline). submitted/in_progress → rejected (not
 * eligible, with a reason). Forwarding keeps the status and changes the unit.
 */
export const REPORT_STATUSES = ['submitted', 'in_progress', 'answered', 'closed', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const OPEN_STATUSES: readonly ReportStatus[] = ['submitted', 'in_progress'];

export const LOCATION_SOURCES = ['device', 'pin'] as const;
export type LocationSource = (typeof LOCATION_SOURCES)[number];

export const RATINGS = ['satisfied', 'not_satisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export const PHOTO_PURPOSES = ['report', 'answer'] as const;
export type PhotoPurpose = (typeof PHOTO_PURPOSES)[number];

export const EVENT_VISIBILITIES = ['public', 'reporter', 'internal'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

/** Timeline entry kinds, in the order a report usually meets them. */
export const TIMELINE_KINDS = [
  'submitted',
  'accepted',
  'forwarded',
  'assigned',
  'note',
  'deadline_extended',
  'answered',
  'rated',
  'reopened',
  'closed',
  'rejected',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Officer inbox buckets. due_soon = open and due within DUE_SOON_WORKING_DAYS working days. */
export const INBOX_BUCKETS = ['new', 'in_progress', 'due_soon', 'overdue', 'reopened', 'answered', 'done', 'all'] as const;
export type InboxBucket = (typeof INBOX_BUCKETS)[number];
export const DUE_SOON_WORKING_DAYS = 2;

export const OFFICER_ACTIONS = ['accept', 'reject', 'forward', 'assign', 'note', 'extend', 'answer'] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 5000;
export const PHOTOS_MIN = 1;
export const PHOTOS_MAX = 5;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const ANSWER_PHOTOS_MAX = 5;
export const PAGE_SIZE_MAX = 50;
export const PAGE_SIZE_DEFAULT = 20;
/** "Is this yours?": open public reports of the same category within this distance are suggested. */
export const NEARBY_RADIUS_M = 300;
/** Report creation per reporter per rolling hour (counted in the database, so it holds across instances). */
export const REPORTS_PER_HOUR = 10;

/** Readable report code, e.g. PA-2026-000123 (year of submission, sequence within the year). */
export const REPORT_CODE_PATTERN = /^PA-\d{4}-\d{6}$/;
export const formatReportCode = (year: number, sequence: number) => `PA-${year}-${String(sequence).padStart(6, '0')}`;

/** Where the module's screens live, relative to its mount path (used in notification links too). */
export const reportPath = (code: string) => `/m/feedback/reports/${code}`;
