import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { demoAccountSub, type Db } from '@portal/module-kit';
import { accounts, type AccountRow } from '../db/schema.js';
import type { AccountSeed } from './demo-accounts.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export type LoginResult =
  | { ok: true; account: AccountRow }
  | { ok: false; reason: 'invalid' | 'not-business' }
  | { ok: false; reason: 'locked'; until: Date };

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

/**
 * Checks a login. A locked account is refused even with the right password; a wrong password counts
 * towards the lock in one UPDATE (the database clock decides, so all instances agree). An unknown id
 * still costs one scrypt, so response time does not reveal which ids exist.
 */
export async function attemptLogin(
  db: Db,
  input: { nationalId: string; password: string; taxCode?: string },
): Promise<LoginResult> {
  const [account] = await db.select().from(accounts).where(eq(accounts.nationalId, input.nationalId));
  if (!account) {
    await verifyPassword(input.password, await decoyHash());
    return { ok: false, reason: 'invalid' };
  }
  const now = await databaseNow(db);
  if (account.lockedUntil && account.lockedUntil > now) return { ok: false, reason: 'locked', until: account.lockedUntil };
  if (!(await verifyPassword(input.password, account.passwordHash))) return recordFailure(db, account.id);
  await db.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
  if (input.taxCode !== undefined && account.orgTaxCode !== input.taxCode) return { ok: false, reason: 'not-business' };
  return { ok: true, account };
}

async function recordFailure(db: Db, id: string): Promise<LoginResult> {
  const result = await db.execute(sql`
    update platform.accounts
       set failed_attempts = case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS} then 0 else failed_attempts + 1 end,
           locked_until = case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS}
                               then now() + make_interval(mins => ${LOCK_MINUTES}) else locked_until end
     where id = ${id}
     returning locked_until, locked_until > now() as locked`);
  const row = rowsOf<{ locked_until: string | Date | null; locked: boolean | null }>(result)[0];
  if (row?.locked && row.locked_until) return { ok: false, reason: 'locked', until: new Date(row.locked_until) };
  return { ok: false, reason: 'invalid' };
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The database's clock, so every instance agrees on when a lock ends. */
async function databaseNow(db: Db): Promise<Date> {
  const [row] = rowsOf<{ now: string | Date }>(await db.execute(sql`select now() as now`));
  return new Date(row!.now);
}

/** Inserts the accounts whose national id is not taken yet (idempotent; existing rows are left alone). */
export async function seedAccounts(db: Db, seeds: readonly AccountSeed[], password: string): Promise<number> {
  const existing = await db
    .select({ nationalId: accounts.nationalId })
    .from(accounts)
    .where(inArray(accounts.nationalId, seeds.map((seed) => seed.nationalId)));
  const taken = new Set(existing.map((row) => row.nationalId));
  await fillPersonalData(db, seeds.filter((seed) => taken.has(seed.nationalId)));
  const missing = seeds.filter((seed) => !taken.has(seed.nationalId));
  if (missing.length === 0) return 0;
  const rows = await Promise.all(
    missing.map(async (seed) => ({
      // Deterministic, so modules' sample data can name demo accounts (see module-kit demoAccountSub).
      id: demoAccountSub(seed.nationalId),
      nationalId: seed.nationalId,
      name: seed.name,
      identityLevel: seed.identityLevel,
      roles: seed.roles,
      units: seed.units ?? [],
      orgTaxCode: seed.org?.taxCode ?? null,
      orgName: seed.org?.name ?? null,
      birthdate: seed.birthdate ?? null,
      address: seed.address ?? null,
      passwordHash: await hashPassword(password),
    })),
  );
  await db.insert(accounts).values(rows).onConflictDoNothing();
  return rows.length;
}

/**
 * Date of birth and address came after the first demo accounts: accounts seeded before get them once,
 * where still empty (what an operator set is kept).
 */
async function fillPersonalData(db: Db, seeds: readonly AccountSeed[]): Promise<void> {
  for (const seed of seeds) {
    if (seed.birthdate) {
      await db.update(accounts).set({ birthdate: seed.birthdate }).where(and(eq(accounts.nationalId, seed.nationalId), isNull(accounts.birthdate)));
    }
    if (seed.address) {
      await db.update(accounts).set({ address: seed.address }).where(and(eq(accounts.nationalId, seed.nationalId), isNull(accounts.address)));
    }
  }
}

/** The claims tokens carry for an account (contracts: Tokens), Keycloak's `realm_access` included. */
export function accountClaims(account: AccountRow): Record<string, unknown> {
  return {
    name: account.name,
    national_id: account.nationalId,
    identity_level: account.identityLevel,
    roles: account.roles,
    realm_access: { roles: account.roles },
    units: account.units,
    ...(account.birthdate ? { birthdate: account.birthdate } : {}),
    ...(account.address ? { address: { formatted: account.address } } : {}),
    ...(account.orgTaxCode ? { org: { tax_code: account.orgTaxCode, name: account.orgName ?? '' } } : {}),
  };
}
