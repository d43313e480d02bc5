import type { IncomingMessage } from 'node:http';
import type { Context, Handler } from 'hono';
import { proxy } from 'hono/proxy';
import { problemResponse, problemTypes } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';

/**
 * Forwards /api/<id>/… unchanged (method, path, query, body, headers with Authorization) to a module
 * running as its own service, adding X-Request-Id and X-Forwarded-*; an unreachable service is a 502.
 * The TCP peer is appended to X-Forwarded-For, so the service (which sees only the gateway) can tell the
 * client's real address from whatever the client wrote into that header itself.
 * @example app.all('/api/hotlines/*', moduleProxy('hotlines', 'http://127.0.0.1:4101'))
 */
export function moduleProxy(id: string, baseUrl: string): Handler<GatewayEnv> {
  return async (c) => {
    const url = new URL(c.req.url);
    const headers: Record<string, string | undefined> = {
      ...c.req.header(),
      host: undefined,
      'x-request-id': c.get('requestId'),
      'x-forwarded-host': url.host,
      'x-forwarded-proto': url.protocol.replace(':', ''),
      'x-forwarded-for': forwardedFor(c),
    };
    try {
      return await proxy(`${baseUrl}${url.pathname}${url.search}`, { raw: c.req.raw, headers });
    } catch {
      return problemResponse({
        type: problemTypes.badGateway,
        title: 'Bad gateway',
        status: 502,
        detail: `The "${id}" service did not answer; try again in a moment.`,
      });
    }
  };
}

/** The incoming X-Forwarded-For with the TCP peer appended; no peer when the request came in-process. */
function forwardedFor(c: Context): string | undefined {
  const peer = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
  const entries = [c.req.header('x-forwarded-for'), peer].filter((entry) => entry?.trim());
  return entries.length > 0 ? entries.join(', ') : undefined;
}
