import type { MiddlewareHandler } from 'hono';
import { problemResponse, problemTypes } from './problem.js';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Refuses a write whose body is not JSON with 415 problem+json, so a form post or a text body gets a
 * message saying what to send instead of a confusing validation error. Bodyless writes pass.
 * @example app.use('*', requireJsonBody({ except: ['/uploads'] }))
 */
export function requireJsonBody(options: { except?: ReadonlyArray<string | RegExp> } = {}): MiddlewareHandler {
  return async (c, next) => {
    if (!BODY_METHODS.has(c.req.method)) return next();
    const path = new URL(c.req.url).pathname;
    // A string matches anywhere in the path; a RegExp (for an exact route such as an upload) is tested against it.
    if (options.except?.some((pattern) => (typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path)))) return next();
    if (c.req.raw.body === null || c.req.header('content-length') === '0') return next();
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/json' || type.endsWith('+json')) return next();
    return problemResponse({
      type: problemTypes.unsupportedMediaType,
      title: 'Unsupported media type',
      status: 415,
      detail: `Send the body as application/json (got ${type || 'no content type'}).`,
    });
  };
}
