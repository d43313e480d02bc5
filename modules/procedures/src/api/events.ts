/** Events the procedures module publishes (outbox → gateway relay → notifications and subscribers). */
export const PROCEDURES_EVENTS = ['procedures.dossier_submitted', 'procedures.dossier_status_changed', 'procedures.apology_issued'] as const;
export type ProceduresEventType = (typeof PROCEDURES_EVENTS)[number];
