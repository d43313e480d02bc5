import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';

/**
 * For the verifier's own tests only: an issuer whose key set is served over real HTTP (node:http on a
 * free port) and that signs tokens with keys made here. Tests that claim end-to-end auth use the
 * gateway's embedded provider instead.
 */
export interface LocalIssuer {
  issuer: string;
  jwksUri: string;
  /** How many times the key set was fetched. */
  jwksFetches(): number;
  rsa: { privateKey: CryptoKey; publicJwk: JWK; kid: string };
  ec: { privateKey: CryptoKey; kid: string };
  /** A token signed with the RSA key (or `key: 'ec'`) for `portal-api`, valid 5 min unless overridden. */
  sign(claims?: JWTPayload, options?: { key?: 'rsa' | 'ec'; kid?: string; expiresIn?: number | string }): Promise<string>;
  close(): Promise<void>;
}

export const AUDIENCE = 'portal-api';

export async function startLocalIssuer(): Promise<LocalIssuer> {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const rsaJwk = { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' };
  const ecJwk = { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/realms/portal/protocol/openid-connect/certs') {
      res.writeHead(404).end();
      return;
    }
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [rsaJwk, ecJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/realms/portal`;

  return {
    issuer,
    jwksUri: `${issuer}/protocol/openid-connect/certs`,
    jwksFetches: () => fetches,
    rsa: { privateKey: rsa.privateKey, publicJwk: rsaJwk, kid: 'rsa-1' },
    ec: { privateKey: ec.privateKey, kid: 'ec-1' },
    async sign(claims = {}, options = {}) {
      const useEc = options.key === 'ec';
      return new SignJWT({ sub: 'user-1', ...claims })
        .setProtectedHeader({ alg: useEc ? 'ES256' : 'RS256', kid: options.kid ?? (useEc ? 'ec-1' : 'rsa-1'), typ: 'at+jwt' })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuer)
        .setAudience(claims.aud ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(claims.exp ?? options.expiresIn ?? '5m')
        .sign(useEc ? ec.privateKey : rsa.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
