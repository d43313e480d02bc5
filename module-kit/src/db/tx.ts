import type { Db } from './database.js';

/**
 * The handle `db.transaction(async (tx) => …)` passes; writes that must commit together (a change, its
 * audit entry, its outbox event, its idempotency key) all go through one.
 */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
