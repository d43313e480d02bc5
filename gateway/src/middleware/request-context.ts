import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/** Per-request values the gateway's handlers read with c.get(...). */
export interface GatewayEnv {
  Variables: {
    requestId: string;
    /** Roles of the caller; empty for anonymous visitors (sign-on will fill it from the token). */
    roles: ReadonlySet<string>;
  };
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (an incoming X-Request-Id when it is sane, else a new UUID), echoes it in the
 * response, and writes one structured log line per request when the response is known.
 * @example app.use('*', requestContext(logger))
 */
export function requestContext(logger: Logger): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('roles', new Set());
    const started = performance.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const status = c.res.status;
    const line = {
      reqId: requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
  };
}
