import { SignJWT, base64url, exportSPKI, importJWK, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, startLocalIssuer, type LocalIssuer } from './local-issuer.fixture.js';
import { AuthUnavailableError, InvalidTokenError, createTokenVerifier, type TokenVerifier } from './token-verifier.js';

let issuer: LocalIssuer;
let verifier: TokenVerifier;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  issuer = await startLocalIssuer();
  verifier = createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE });
});
afterAll(() => issuer?.close());

async function expectRefused(token: string, message: RegExp): Promise<void> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  expect((error as Error).message).toMatch(message);
}

/** Replaces one part (0 header, 1 payload, 2 signature) of a compact JWS. */
function withPart(token: string, index: number, part: string): string {
  const parts = token.split('.');
  parts[index] = part;
  return parts.join('.');
}
const encodeJson = (value: object) => base64url.encode(JSON.stringify(value));
const decodeJson = (part: string) => JSON.parse(new TextDecoder().decode(base64url.decode(part))) as Record<string, unknown>;

describe('createTokenVerifier', () => {
  it('accepts an RS256 token from the issuer for the portal API and reads the caller', async () => {
    const token = await issuer.sign({
      sub: 'citizen-1',
      name: 'Nguyễn Văn An',
      national_id: '001090000001',
      identity_level: 2,
      realm_access: { roles: ['citizen', 'offline_access'] },
    });
    const caller = await verifier.verify(token);
    expect(caller).toMatchObject({ sub: 'citizen-1', name: 'Nguyễn Văn An', nationalId: '001090000001', identityLevel: 2 });
    expect([...caller.roles]).toEqual(['citizen']);
  });

  it('accepts ES256, an audience list that includes the portal API, and the default Keycloak JWKS path', async () => {
    const token = await issuer.sign({ aud: ['account', AUDIENCE] }, { key: 'ec' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('fetches the key set once and serves later tokens from its cache', async () => {
    const before = issuer.jwksFetches();
    for (let i = 0; i < 5; i += 1) await verifier.verify(await issuer.sign({ sub: `u${i}` }));
    expect(issuer.jwksFetches()).toBe(before);
    expect(before).toBe(1);
  });

  it('refuses a tampered signature', async () => {
    const token = await issuer.sign();
    const signature = token.split('.')[2]!;
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    await expectRefused(withPart(token, 2, flipped), /signature/);
  });

  it('refuses a tampered payload (a role added after signing)', async () => {
    const token = await issuer.sign({ roles: ['citizen'] });
    const payload = decodeJson(token.split('.')[1]!);
    await expectRefused(withPart(token, 1, encodeJson({ ...payload, roles: ['admin'] })), /signature/);
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(await issuer.sign({ iss: 'http://127.0.0.1:1/realms/other' }), /"iss"/);
  });

  it('refuses a token for another audience (e.g. an ID token for the shell)', async () => {
    await expectRefused(await issuer.sign({ aud: 'shell' }), /"aud"/);
  });

  it('refuses a token expired beyond the 30 s clock tolerance, accepts one just inside it', async () => {
    await expectRefused(await issuer.sign({ exp: now() - 45 }), /expired/);
    await expect(verifier.verify(await issuer.sign({ exp: now() - 10 }))).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('honours a custom clock tolerance', async () => {
    const strict = createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE, clockToleranceSeconds: 0 });
    await expect(strict.verify(await issuer.sign({ exp: now() - 10 }))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token that is not valid yet (nbf beyond the tolerance)', async () => {
    await expectRefused(await issuer.sign({ nbf: now() + 120 }), /"nbf"/);
  });

  it('refuses a token without an expiry or a subject', async () => {
    const noExp = await new SignJWT({ sub: 'user-1' })
      .setProtectedHeader({ alg: 'RS256', kid: issuer.rsa.kid })
      .setIssuer(issuer.issuer)
      .setAudience(AUDIENCE)
      .sign(issuer.rsa.privateKey);
    await expectRefused(noExp, /"exp"/);
    const token = await issuer.sign();
    const payload = decodeJson(token.split('.')[1]!);
    delete payload.sub;
    const noSub = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: issuer.rsa.kid })
      .sign(issuer.rsa.privateKey);
    await expectRefused(noSub, /"sub"/);
  });

  it('refuses alg "none"', async () => {
    const token = await issuer.sign({ roles: ['admin'] });
    const [, payload] = token.split('.');
    await expectRefused(`${encodeJson({ alg: 'none', typ: 'JWT' })}.${payload}.`, /algorithm|well-formed/);
    await expectRefused(`${encodeJson({ alg: 'none', kid: issuer.rsa.kid })}.${payload}.`, /algorithm|well-formed/);
  });

  it('refuses HS256 signed with the public key as the shared secret (algorithm confusion)', async () => {
    // The classic attack: a verifier that trusts the header's alg would HMAC-check with the public key.
    const pem = await exportSPKI((await importJWK(issuer.rsa.publicJwk, 'RS256')) as CryptoKey);
    for (const secret of [pem, JSON.stringify(issuer.rsa.publicJwk)]) {
      const forged = await new SignJWT({ sub: 'intruder', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256', kid: issuer.rsa.kid })
        .setIssuer(issuer.issuer)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
      await expectRefused(forged, /algorithm/);
    }
  });

  it('refuses a key id the issuer does not publish, refetching the key set at most once per cooldown', async () => {
    const before = issuer.jwksFetches();
    await expectRefused(await issuer.sign({}, { kid: 'rotated-away' }), /key the issuer does not publish/);
    await expectRefused(await issuer.sign({}, { kid: 'another-unknown' }), /key the issuer does not publish/);
    expect(issuer.jwksFetches() - before).toBeLessThanOrEqual(1);
  });

  it('refuses garbage and oversized tokens', async () => {
    await expectRefused('not-a-jwt', /well-formed/);
    await expectRefused('a.b.c', /well-formed/);
    await expectRefused('x'.repeat(20_000), /too long/);
  });

  it('reports an unreachable key set as unavailable, not as a bad token', async () => {
    const offline = createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE, jwksUri: 'http://127.0.0.1:1/certs' });
    await expect(offline.verify(await issuer.sign())).rejects.toBeInstanceOf(AuthUnavailableError);
  });
});
