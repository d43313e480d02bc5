import { and, arrayContains, arrayOverlaps } from 'drizzle-orm';
import type { Db } from '@portal/module-kit';
import { accounts } from '../db/schema.js';
import { STAFF_ROLES, type Officer } from './schemas.js';

/** A unit has tens of staff; the bound only keeps a misconfigured unit from answering the whole table. */
export const MAX_OFFICERS = 500;

const byVietnameseName = new Intl.Collator('vi');
const isStaffRole = (role: string): role is Officer['roles'][number] => (STAFF_ROLES as readonly string[]).includes(role);

/**
 * The accounts holding a staff role in `unit`, by name as Vietnamese sorts it (Đ after D, tones
 * after the bare letter). Only what picking a colleague needs: never a national id or contact detail.
 */
export async function officersOf(db: Db, unit: string): Promise<Officer[]> {
  const rows = await db
    .select({ sub: accounts.id, name: accounts.name, roles: accounts.roles })
    .from(accounts)
    .where(and(arrayContains(accounts.units, [unit]), arrayOverlaps(accounts.roles, [...STAFF_ROLES])))
    .orderBy(accounts.id)
    .limit(MAX_OFFICERS);
  return rows
    .map((row) => ({ sub: row.sub, name: row.name, roles: row.roles.filter(isStaffRole) }))
    .sort((a, b) => byVietnameseName.compare(a.name, b.name) || a.sub.localeCompare(b.sub));
}
