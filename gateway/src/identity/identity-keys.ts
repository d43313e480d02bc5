import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Db } from '@portal/module-kit';
import { identityKeys } from '../db/schema.js';

/**
 * How long a retired signing key stays published: longer than any token it signed (access and ID
 * tokens live 5 minutes) and than a session whose ID token a logout may still present as id_token_hint.
 */
export const RETIRED_KEY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface ProviderKeys {
  /** Private JWKs, the signing key first (oidc-provider signs with the first key of an algorithm). */
  jwks: { keys: JWK[] };
  cookieKeys: string[];
}

/** The keys to start the provider with; creates the first signing key and cookie secret when missing. */
export async function loadProviderKeys(db: Db): Promise<ProviderKeys> {
  if (!(await activeSigningKey(db))) await insertSigningKey(db);
  const [cookie] = await db.select().from(identityKeys).where(eq(identityKeys.use, 'cookie'));
  if (!cookie) await db.insert(identityKeys).values({ kid: randomUUID(), use: 'cookie', material: { secret: randomBytes(32).toString('base64url') } }).onConflictDoNothing();
  const since = new Date(Date.now() - RETIRED_KEY_RETENTION_MS);
  const rows = await db
    .select()
    .from(identityKeys)
    .where(or(and(eq(identityKeys.use, 'sig'), or(isNull(identityKeys.retiredAt), gt(identityKeys.retiredAt, since))), eq(identityKeys.use, 'cookie')))
    .orderBy(desc(identityKeys.createdAt));
  const signing = rows.filter((row) => row.use === 'sig');
  signing.sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null)); // active first, then newest retired
  return {
    jwks: { keys: signing.map((row) => row.material as JWK) },
    cookieKeys: rows.filter((row) => row.use === 'cookie').map((row) => (row.material as { secret: string }).secret),
  };
}

/**
 * Makes a new signing key the active one and retires the others; they stay published for
 * RETIRED_KEY_RETENTION_MS so tokens they signed keep verifying. Gateways pick it up at their next start.
 * @returns the new key id
 */
export async function rotateSigningKey(db: Db): Promise<string> {
  return db.transaction(async (tx) => {
    const kid = await insertSigningKey(tx as unknown as Db);
    await tx
      .update(identityKeys)
      .set({ retiredAt: new Date() })
      .where(and(eq(identityKeys.use, 'sig'), isNull(identityKeys.retiredAt), ne(identityKeys.kid, kid)));
    return kid;
  });
}

async function activeSigningKey(db: Db) {
  const [row] = await db
    .select()
    .from(identityKeys)
    .where(and(eq(identityKeys.use, 'sig'), isNull(identityKeys.retiredAt)))
    .orderBy(desc(identityKeys.createdAt))
    .limit(1);
  return row;
}

async function insertSigningKey(db: Db): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  await db.insert(identityKeys).values({ kid, use: 'sig', material: jwk });
  return kid;
}
