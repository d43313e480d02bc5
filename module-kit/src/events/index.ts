export { outboxTable, type OutboxTable } from './outbox-table.js';
export { EVENT_TYPE_PATTERN, eventSource, publishEvent } from './publish.js';
export type { EventNotification, NewEvent, PortalEvent } from './types.js';
