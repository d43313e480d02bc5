import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { callerFromClaims, type Caller } from './caller.js';

/** Asymmetric signatures only: `none` and HS* (a shared secret, or a public key misused as one) are refused. */
export const ALLOWED_ALGORITHMS = ['RS256', 'ES256', 'PS256'] as const;

/** Anything longer is not a token this portal issued; refused before any parsing. */
const MAX_TOKEN_LENGTH = 16_384;

export interface TokenVerifierOptions {
  /** Expected `iss`, e.g. https://portal.example/realms/portal. */
  issuer: string;
  /** Expected `aud` (one of the token's audiences), e.g. portal-api. */
  audience: string;
  /** Default `<issuer>/protocol/openid-connect/certs` (Keycloak's layout). */
  jwksUri?: string;
  /** Allowed clock skew for exp/nbf/iat between the issuer and this server. Default 30 s. */
  clockToleranceSeconds?: number;
}

export interface TokenVerifier {
  /** The caller a valid access token stands for; throws InvalidTokenError or AuthUnavailableError. */
  verify(token: string): Promise<Caller>;
}

/** The token is not acceptable (signature, issuer, audience, expiry, algorithm, shape): answer 401. */
export class InvalidTokenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidTokenError';
  }
}

/** The issuer's keys could not be fetched: not the caller's fault, answer 503. */
export class AuthUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuthUnavailableError';
  }
}

/**
 * Verifies access tokens against the issuer's published keys. The key set is fetched on first use,
 * cached (10 min) and refetched at most every 30 s when a token names an unknown key id, so a key
 * rotation is picked up without a restart and a flood of bad tokens cannot hammer the issuer.
 * @example
 * const verifier = createTokenVerifier({ issuer: 'http://localhost:8080/realms/portal', audience: 'portal-api' });
 * const caller = await verifier.verify(token);
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const issuer = options.issuer.replace(/\/+$/, '');
  const jwks = createRemoteJWKSet(new URL(options.jwksUri ?? `${issuer}/protocol/openid-connect/certs`), {
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
    timeoutDuration: 5_000,
  });
  const clockTolerance = options.clockToleranceSeconds ?? 30;

  return {
    async verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError('The access token is too long.');
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer,
          audience: options.audience,
          algorithms: [...ALLOWED_ALGORITHMS],
          clockTolerance,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (error) {
        throw classify(error);
      }
      try {
        return callerFromClaims(payload);
      } catch (error) {
        throw new InvalidTokenError('The access token does not name a subject.', { cause: error });
      }
    },
  };
}

/** Token faults become InvalidTokenError with a message a client developer can act on; key-set faults AuthUnavailableError. */
function classify(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('The access token has expired.', { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new InvalidTokenError(`The access token's "${error.claim}" claim is not accepted.`, { cause: error });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new InvalidTokenError('The access token signature does not verify.', { cause: error });
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new InvalidTokenError('The access token is signed with an algorithm that is not accepted.', { cause: error });
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new InvalidTokenError('The access token is signed with a key the issuer does not publish.', { cause: error });
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JWKInvalid) {
    return new InvalidTokenError('The access token is not a well-formed signed JWT.', { cause: error });
  }
  return new AuthUnavailableError("The sign-in service's keys could not be fetched.", { cause: error });
}
