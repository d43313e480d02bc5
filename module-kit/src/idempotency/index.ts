export { idempotencyTable, type IdempotencyTable } from './idempotency-table.js';
export { once, requestHash, type StoredAnswer } from './once.js';
