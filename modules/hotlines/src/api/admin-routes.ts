import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ProblemError, getCaller, once, problemContent, requestHash, requireRole, type Caller, type Db } from '@portal/module-kit';
import type { Context } from 'hono';
import {
  AuditPageSchema,
  AuditQuerySchema,
  FacilityCreateSchema,
  FacilityUpdateSchema,
  IdempotencyHeadersSchema,
  ManagedFacilitySchema,
  type ManagedFacility,
} from '../contract/admin-schemas.js';
import { FacilityParamsSchema } from '../contract/schemas.js';
import { createFacility, deleteFacility, findManaged, listAudit, updateFacility } from './admin-commands.js';
import { idempotencyKeys } from '../db/schema.js';

/** Admin answers are about the current state and who changed it: never cached. */
const NO_STORE = { 'Cache-Control': 'no-store' };

/** Signed-in admins only; the guard runs before validation, so strangers learn nothing about the input rules. */
const adminOnly = { middleware: [requireRole('admin')], security: [{ bearerAuth: [] }], tags: ['hotlines admin'] };
const guardProblems = {
  401: problemContent('Not signed in, or the access token is not valid.'),
  403: problemContent('Signed in without the admin role.'),
};
const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const createFacilityRoute = createRoute({
  method: 'post',
  path: '/facilities',
  summary: 'Add a local line or facility (admin)',
  ...adminOnly,
  request: {
    headers: IdempotencyHeadersSchema,
    body: { required: true, content: json(FacilityCreateSchema) },
  },
  responses: {
    201: { description: 'Created; `Location` names it. A replayed retry carries `Idempotent-Replayed: true`.', content: json(ManagedFacilitySchema) },
    400: problemContent('The body is invalid; see `errors`. Nothing was stored.'),
    ...guardProblems,
    409: problemContent('The id is taken.'),
    422: problemContent('The Idempotency-Key was used before with a different body.'),
  },
});

export const managedFacilityRoute = createRoute({
  method: 'get',
  path: '/facilities/{id}/managed',
  summary: 'One line with its version, to edit it (admin; national numbers too)',
  ...adminOnly,
  request: { params: FacilityParamsSchema },
  responses: { 200: { description: 'The line as stored.', content: json(ManagedFacilitySchema) }, ...guardProblems, 404: problemContent('No line has this id.') },
});

export const updateFacilityRoute = createRoute({
  method: 'patch',
  path: '/facilities/{id}',
  summary: 'Change a local line (admin); send the version you read',
  ...adminOnly,
  request: { params: FacilityParamsSchema, body: { required: true, content: json(FacilityUpdateSchema) } },
  responses: {
    200: { description: 'The line after the change.', content: json(ManagedFacilitySchema) },
    400: problemContent('The body is invalid; see `errors`. Nothing was stored.'),
    ...guardProblems,
    404: problemContent('No line has this id.'),
    409: problemContent('Stale version (someone changed it since you read it), or a national emergency number.'),
  },
});

export const deleteFacilityRoute = createRoute({
  method: 'delete',
  path: '/facilities/{id}',
  summary: 'Remove a local line (admin); national emergency numbers cannot be removed',
  ...adminOnly,
  request: { params: FacilityParamsSchema },
  responses: {
    204: { description: 'Removed.' },
    ...guardProblems,
    404: problemContent('No line has this id.'),
    409: problemContent('A national emergency number.'),
  },
});

export const auditRoute = createRoute({
  method: 'get',
  path: '/audit',
  summary: 'Who changed which line, when, and how (admin), newest first',
  ...adminOnly,
  request: { query: AuditQuerySchema },
  responses: { 200: { description: 'One page of the audit log.', content: json(AuditPageSchema) }, 400: problemContent('A query parameter is invalid.'), ...guardProblems },
});

/** `requireRole('admin')` ran before the handler, so the caller is there. */
const admin = (c: Context): Caller => getCaller(c)!;

/** Admin writes on /facilities and the audit log, each write audited in its own transaction. */
export function registerAdminRoutes(api: OpenAPIHono, db: Db): void {
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An access token from the portal sign-on (audience portal-api).',
  });

  api.openapi(createFacilityRoute, async (c) => {
    const input = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const actor = admin(c);
    const answer = await db.transaction(async (tx) => {
      const create = async () => ({ status: 201, body: await createFacility(tx, actor, input) });
      if (!key) return { ...(await create()), replayed: false };
      return once(tx, idempotencyKeys, { callerSub: actor.sub, key, hash: requestHash(input) }, create);
    });
    const created = answer.body as ManagedFacility;
    return c.json(created, 201, {
      ...NO_STORE,
      Location: `/api/hotlines/facilities/${encodeURIComponent(created.id)}`,
      ...(answer.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  });

  api.openapi(managedFacilityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const line = await findManaged(db, id);
    if (!line) throw ProblemError.notFound(`No hotline or facility has the id "${id}".`);
    return c.json(line, 200, NO_STORE);
  });

  api.openapi(updateFacilityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const actor = admin(c);
    const updated = await db.transaction((tx) => updateFacility(tx, actor, id, patch));
    return c.json(updated, 200, NO_STORE);
  });

  api.openapi(deleteFacilityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const actor = admin(c);
    await db.transaction((tx) => deleteFacility(tx, actor, id));
    return c.body(null, 204);
  });

  api.openapi(auditRoute, async (c) => {
    const query = c.req.valid('query');
    const { items, total } = await listAudit(db, query);
    return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200, NO_STORE);
  });
}
