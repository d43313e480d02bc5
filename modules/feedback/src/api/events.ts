/** Events the feedback module writes to its outbox (the e-office module will consume feedback.submitted). */
export const FEEDBACK_EVENTS = ['feedback.submitted', 'feedback.status_changed', 'feedback.rated'] as const;
export type FeedbackEventType = (typeof FEEDBACK_EVENTS)[number];
