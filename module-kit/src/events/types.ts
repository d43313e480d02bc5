import type { LocalizedText } from '../contract.js';

/** A notification an event asks the platform to put in a user's inbox. */
export interface EventNotification {
  /** The token `sub` of the user. */
  recipientSub: string;
  /** Short, e.g. {vi: 'Phản ánh PA-2026-000123 đã được tiếp nhận', en: 'Report PA-2026-000123 was received'}. */
  title: LocalizedText;
  body?: LocalizedText;
  /** A shell path, e.g. '/m/feedback/reports/PA-2026-000123'; anything else is dropped on delivery. */
  link?: string;
}

export interface NewEvent<T = Record<string, unknown>> {
  /** `<module id>.<what happened>`, e.g. 'feedback.submitted'. */
  type: string;
  /** What the event is about, e.g. the report id. */
  subject?: string;
  /** JSON. */
  data: T;
  notify?: EventNotification[];
}

/** An event as consumers receive it. */
export interface PortalEvent<T = Record<string, unknown>> extends NewEvent<T> {
  id: string;
  /** The id of the module whose outbox held it. */
  source: string;
  /** ISO 8601. */
  occurredAt: string;
}
