import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ProblemError, getCaller, problemContent, requireAuth, type Caller, type Db } from '@portal/module-kit';
import type { Context } from 'hono';
import type { GatewayEnv } from '../middleware/request-context.js';
import { countUnread, listNotifications, markAllRead, markRead } from './notification-store.js';
import { NotificationListQuerySchema, NotificationPageSchema, NotificationParamsSchema, UnreadCountSchema } from './schemas.js';

/** Someone's inbox is theirs alone and changes all the time: never cached anywhere. */
const NO_STORE = { 'Cache-Control': 'no-store' };

/** Any signed-in user; the guard runs before validation. */
const signedIn = { middleware: [requireAuth()], security: [{ bearerAuth: [] }], tags: ['notifications'] };
const unauthorized = { 401: problemContent('Not signed in, or the access token is not valid.') };
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const listRoute = createRoute({
  ...signedIn,
  method: 'get',
  path: '/api/notifications',
  summary: 'The caller’s notifications, newest first',
  request: { query: NotificationListQuerySchema },
  responses: {
    200: { description: 'One page, and the number of unread notifications', content: json(NotificationPageSchema) },
    400: problemContent('limit or before is not valid.'),
    ...unauthorized,
  },
});

const unreadRoute = createRoute({
  ...signedIn,
  method: 'get',
  path: '/api/notifications/unread-count',
  summary: 'How many of the caller’s notifications are unread (the shell polls this)',
  responses: { 200: { description: 'The unread count', content: json(UnreadCountSchema) }, ...unauthorized },
});

const readRoute = createRoute({
  ...signedIn,
  method: 'post',
  path: '/api/notifications/{id}/read',
  summary: 'Marks one notification read (again is fine)',
  request: { params: NotificationParamsSchema },
  responses: { 204: { description: 'Read' }, 404: problemContent('The caller has no notification with this id.'), ...unauthorized },
});

const readAllRoute = createRoute({
  ...signedIn,
  method: 'post',
  path: '/api/notifications/read-all',
  summary: 'Marks all the caller’s notifications read',
  responses: { 204: { description: 'All read' }, ...unauthorized },
});

/** The in-app inbox API: every route acts only on the signed-in caller's own notifications. */
export function mountNotificationRoutes(app: OpenAPIHono<GatewayEnv>, options: { db: Db }): void {
  const { db } = options;
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token from the portal sign-on (audience portal-api).',
  });

  app.openapi(listRoute, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listNotifications(db, caller(c).sub, { limit, ...(before ? { before: BigInt(before) } : {}) });
    return c.json(page, 200, NO_STORE);
  });

  app.openapi(unreadRoute, async (c) => c.json({ unread: await countUnread(db, caller(c).sub) }, 200, NO_STORE));

  app.openapi(readRoute, async (c) => {
    const { id } = c.req.valid('param');
    // ids are opaque to clients: one that is not even a number is as unknown as someone else's
    const found = /^[1-9][0-9]{0,17}$/.test(id) && (await markRead(db, caller(c).sub, BigInt(id)));
    if (!found) throw ProblemError.notFound(`You have no notification with the id "${id}".`);
    return c.body(null, 204, NO_STORE);
  });

  app.openapi(readAllRoute, async (c) => {
    await markAllRead(db, caller(c).sub);
    return c.body(null, 204, NO_STORE);
  });
}

function caller(c: Context): Caller {
  return getCaller(c)!; // requireAuth ran first
}
