import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { problemResponse, problemTypes } from '@portal/module-kit';

export const OPERATOR_TOKEN_FILE = 'operator-token';

/**
 * Writes a fresh random operator token to <dataDir>/operator-token (readable by its owner only) so the
 * CLI on the same machine can act through the running gateway. A configured token is used as is and
 * not written anywhere.
 */
export async function issueOperatorToken(dataDir: string, configured?: string): Promise<string> {
  if (configured) return configured;
  const token = randomBytes(32).toString('base64url');
  const file = join(dataDir, OPERATOR_TOKEN_FILE);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // writeFile keeps the mode of a file that already existed
  return token;
}

export async function readOperatorToken(dataDir: string): Promise<string | undefined> {
  const text = await readFile(join(dataDir, OPERATOR_TOKEN_FILE), 'utf8').catch(() => undefined);
  return text?.trim() || undefined;
}

/** Removes the token file at shutdown, but only when it still holds this gateway's token. */
export async function revokeOperatorToken(dataDir: string, token: string): Promise<void> {
  if ((await readOperatorToken(dataDir)) === token) await rm(join(dataDir, OPERATOR_TOKEN_FILE), { force: true });
}

/** Compares in constant time: both sides are hashed first so their lengths leak nothing either. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Lets a request through only with `Authorization: Bearer <operator token>`; 401 problem otherwise.
 * @example app.use('/api/platform/*', requireOperator(token))
 */
export function requireOperator(token: string): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (match && tokensMatch(match[1]!, token)) return next();
    return problemResponse(
      {
        type: problemTypes.unauthorized,
        title: 'Unauthorized',
        status: 401,
        detail: 'Send the operator token as "Authorization: Bearer <token>" (see <DATA_DIR>/operator-token).',
      },
      { 'www-authenticate': 'Bearer realm="portal-operator"' },
    );
  };
}
