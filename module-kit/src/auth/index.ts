export { callerFromClaims, isOwner, type Caller } from './caller.js';
export {
  ALLOWED_ALGORITHMS,
  AuthUnavailableError,
  InvalidTokenError,
  createTokenVerifier,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './token-verifier.js';
export { authenticate, getCaller, requireAuth, requireRole, requireUnit } from './middleware.js';
