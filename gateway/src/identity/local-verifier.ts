import { createLocalJWKSet, errors, jwtVerify, type JWK } from 'jose';
import { ALLOWED_ALGORITHMS, InvalidTokenError, callerFromClaims, type TokenVerifier } from '@portal/module-kit';

const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

/** The public half of a key set (what /certs publishes). */
export function publicJwks(keys: readonly JWK[]): { keys: JWK[] } {
  return { keys: keys.map((key) => Object.fromEntries(Object.entries(key).filter(([name]) => !(PRIVATE_PARTS as readonly string[]).includes(name))) as JWK) };
}

/**
 * module-kit's TokenVerifier against the embedded provider's own key set, held in memory: the same
 * checks as createTokenVerifier (issuer, audience, exp/nbf with 30 s tolerance, RS256/ES256/PS256
 * only) without an HTTP round trip to ourselves. A real Keycloak uses createTokenVerifier (remote JWKS).
 */
export function createLocalTokenVerifier(options: { issuer: string; audience: string; keys: readonly JWK[] }): TokenVerifier {
  const keySet = createLocalJWKSet(publicJwks(options.keys));
  return {
    async verify(token) {
      if (token.length > 16_384) throw new InvalidTokenError('The access token is too long.');
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: [...ALLOWED_ALGORITHMS],
          clockTolerance: 30,
          requiredClaims: ['sub', 'exp'],
        });
        return callerFromClaims(payload);
      } catch (error) {
        throw new InvalidTokenError(describe(error), { cause: error });
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The access token's "${error.claim}" claim is not accepted.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The access token signature does not verify.';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return 'The access token is signed with an algorithm that is not accepted.';
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'The access token is signed with a key the issuer does not publish.';
  return 'The access token is not a well-formed signed JWT.';
}
