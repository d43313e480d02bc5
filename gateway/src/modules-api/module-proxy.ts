import type { Handler } from 'hono';
import { proxy } from 'hono/proxy';
import { problemResponse, problemTypes } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';

/**
 * Forwards /api/<id>/… unchanged (method, path, query, body, headers with Authorization) to a module
 * running as its own service, adding X-Request-Id and X-Forwarded-*; an unreachable service is a 502.
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
