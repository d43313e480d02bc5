import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/** RFC 9457 problem details, as every API of the portal answers errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Field path (dot-joined) → messages a person can act on. */
  errors?: Record<string, string[]>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URIs; relative to the portal, documented in the README. */
export const problemTypes = {
  validation: '/problems/validation-error',
  malformedJson: '/problems/malformed-json',
  unsupportedMediaType: '/problems/unsupported-media-type',
  notFound: '/problems/not-found',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  conflict: '/problems/conflict',
  serviceUnavailable: '/problems/service-unavailable',
  badGateway: '/problems/bad-gateway',
  internal: '/problems/internal-error',
} as const;

/** Throw from a route to answer with a problem+json response. */
export class ProblemError extends Error {
  /** `headers` go on the answer too, e.g. WWW-Authenticate on a 401. */
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }

  /** 401: no usable credentials. Carries `WWW-Authenticate: Bearer` as RFC 6750 asks. */
  static unauthorized(detail: string, wwwAuthenticate = 'Bearer'): ProblemError {
    return new ProblemError(
      { type: problemTypes.unauthorized, title: 'Unauthorized', status: 401, detail },
      { 'WWW-Authenticate': wwwAuthenticate },
    );
  }

  /** 403: the caller is known but may not do this. */
  static forbidden(detail: string): ProblemError {
    return new ProblemError({ type: problemTypes.forbidden, title: 'Forbidden', status: 403, detail });
  }

  static notFound(detail: string): ProblemError {
    return new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail });
  }

  static badRequest(detail: string, errors?: Record<string, string[]>): ProblemError {
    return new ProblemError({ type: problemTypes.validation, title: 'Invalid request', status: 400, detail, errors });
  }

  static conflict(detail: string): ProblemError {
    return new ProblemError({ type: problemTypes.conflict, title: 'Conflict', status: 409, detail });
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** Field errors keyed by path, e.g. {"location.lat": ["Must be at most 90"]}. */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

type ValidationTarget = 'json' | 'query' | 'param' | 'header' | 'form' | 'cookie';

/**
 * The `defaultHook` for OpenAPIHono: failed zod validation becomes a 400 problem with field errors.
 * @example new OpenAPIHono({ defaultHook: validationProblemHook })
 */
export function validationProblemHook(
  result: { success: true } | { success: false; error: ZodError; target: ValidationTarget },
): Response | undefined {
  if (result.success) return undefined;
  const where = result.target === 'json' ? 'request body' : `${result.target} parameters`;
  return problemResponse({
    type: problemTypes.validation,
    title: 'Invalid request',
    status: 400,
    detail: `The ${where} did not pass validation; see "errors" for each field.`,
    errors: fieldErrors(result.error),
  });
}

/** Answers unknown routes with a 404 problem. */
export const notFoundProblem: NotFoundHandler = (c: Context) =>
  problemResponse({
    type: problemTypes.notFound,
    title: 'Not found',
    status: 404,
    detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`,
  });

/**
 * Turns thrown errors into problem+json: ProblemError as is, HTTPException by its status
 * (malformed JSON bodies arrive here from hono's validator), anything else as a logged 500
 * that never leaks internals.
 */
export function problemErrorHandler(onUnexpected?: (err: Error, c: Context) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof ProblemError) return problemResponse(err.problem, err.headers);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const malformed = status === 400 && /malformed json/i.test(err.message);
      return problemResponse({
        type: malformed ? problemTypes.malformedJson : status === 415 ? problemTypes.unsupportedMediaType : 'about:blank',
        title: malformed ? 'Malformed JSON' : statusTitle(status),
        status,
        detail: malformed ? 'The request body is not valid JSON.' : err.message || statusTitle(status),
      });
    }
    onUnexpected?.(err, c);
    return problemResponse({
      type: problemTypes.internal,
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side; the request was not completed. Please try again.',
    });
  };
}

function statusTitle(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    409: 'Conflict',
    413: 'Payload too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
    503: 'Service unavailable',
  };
  return titles[status] ?? 'Error';
}
