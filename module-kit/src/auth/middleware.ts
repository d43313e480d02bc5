import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../contract.js';
import { problemResponse, problemTypes } from '../problem.js';
import type { Caller } from './caller.js';
import { AuthUnavailableError, InvalidTokenError, type TokenVerifier } from './token-verifier.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by `authenticate` (or a test harness); undefined for anonymous callers. */
    caller?: Caller;
  }
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** 401 problem+json; `error` is the RFC 6750 code, left out when no credentials were sent at all. */
function unauthorized(detail: string, error?: 'invalid_token'): Response {
  return problemResponse(
    { type: problemTypes.unauthorized, title: 'Unauthorized', status: 401, detail },
    { 'WWW-Authenticate': error ? `Bearer error="${error}"` : 'Bearer' },
  );
}

function forbidden(detail: string): Response {
  return problemResponse({ type: problemTypes.forbidden, title: 'Forbidden', status: 403, detail });
}

/**
 * Reads `Authorization: Bearer <token>` and, when the token verifies, sets the caller for the rest of
 * the request. No header: the request goes on anonymously (public routes stay public). A header that
 * is not a valid Bearer token: 401 problem with `WWW-Authenticate: Bearer error="invalid_token"`,
 * never a silent downgrade to anonymous. Keys unreachable: 503.
 * @example
 * app.use('/api/*', authenticate(createTokenVerifier({ issuer, audience: 'portal-api' })));
 */
export function authenticate(verifier: TokenVerifier): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) return next();
    const token = BEARER.exec(header)?.[1];
    if (!token) return unauthorized('Send the access token as "Authorization: Bearer <token>".', 'invalid_token');
    try {
      c.set('caller', await verifier.verify(token));
    } catch (error) {
      if (error instanceof InvalidTokenError) return unauthorized(error.message, 'invalid_token');
      if (error instanceof AuthUnavailableError) {
        return problemResponse(
          { type: problemTypes.serviceUnavailable, title: 'Service unavailable', status: 503, detail: 'Sign-in cannot be checked right now; please try again shortly.' },
          { 'Retry-After': '5' },
        );
      }
      throw error;
    }
    return next();
  };
}

/**
 * The caller set by `authenticate` (the gateway runs it for every /api/* request), or undefined.
 * @example const caller = getCaller(c); if (caller?.roles.has('officer')) …
 */
export function getCaller(c: Context): Caller | undefined {
  return c.get('caller');
}

/**
 * 401 unless someone is signed in.
 * @example api.use('/my/*', requireAuth());
 */
export function requireAuth(): MiddlewareHandler {
  return async (c, next) => {
    if (!getCaller(c)) return unauthorized('Sign in to use this.');
    return next();
  };
}

/**
 * 401 when anonymous, 403 unless the caller holds at least one of `roles`.
 * @example
 * const route = createRoute({ method: 'post', path: '/facilities', middleware: [requireRole('admin')], … });
 */
export function requireRole(...roles: Role[]): MiddlewareHandler {
  if (roles.length === 0) throw new Error('requireRole needs at least one role');
  return async (c, next) => {
    const caller = getCaller(c);
    if (!caller) return unauthorized('Sign in to use this.');
    if (!roles.some((role) => caller.roles.has(role))) {
      return forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
    }
    return next();
  };
}

/**
 * 401 when anonymous, 403 unless the caller belongs to the unit `unitOf(c)` names (admins pass).
 * `unitOf` returning undefined (e.g. the record is unknown) is a 403 too, so existence is not revealed.
 * @example
 * api.use('/units/:unit/*', requireUnit((c) => c.req.param('unit')));
 */
export function requireUnit(unitOf: (c: Context) => string | undefined | Promise<string | undefined>): MiddlewareHandler {
  return async (c, next) => {
    const caller = getCaller(c);
    if (!caller) return unauthorized('Sign in to use this.');
    if (caller.roles.has('admin')) return next();
    const unit = await unitOf(c);
    if (unit === undefined || !caller.units.includes(unit)) return forbidden('This belongs to a unit you are not a member of.');
    return next();
  };
}
