import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, requireJsonBody } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';
import { requireOperator } from '../operator/operator-token.js';
import type { ModuleAdmin } from './module-admin.js';
import { ModuleStatusSchema, PublishRequestSchema } from './schemas.js';

const IdParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'hotlines' }),
});
const security = [{ operatorToken: [] }];
const statusResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ModuleStatusSchema } },
});
const failures = {
  401: problemContent('Missing or wrong operator token'),
  404: problemContent('Unknown module'),
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/platform/modules',
  tags: ['operator'],
  summary: 'Every registry row, disabled ones included',
  security,
  responses: {
    200: { description: 'Registry', content: { 'application/json': { schema: z.object({ modules: z.array(ModuleStatusSchema) }) } } },
    401: failures[401],
  },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/api/platform/modules/{id}/publish',
  tags: ['operator'],
  summary: 'Point the registry at a version already in the remote store (release or rollback)',
  security,
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: PublishRequestSchema } } } },
  responses: {
    200: statusResponse('The module now serves this version'),
    400: problemContent('Not a semver version, or malformed JSON'),
    ...failures,
    409: problemContent('The version is not in the remote store'),
    415: problemContent('The body is not JSON'),
  },
});

function toggleRoute(action: 'enable' | 'disable') {
  return createRoute({
    method: 'post',
    path: `/api/platform/modules/{id}/${action}`,
    tags: ['operator'],
    summary: action === 'enable' ? 'Show the module to its audience' : 'Hide the module from every caller',
    security,
    request: { params: IdParam },
    responses: { 200: statusResponse(`Module ${action}d`), ...failures },
  });
}

/** Operator endpoints behind the operator token; the CLI uses them while a gateway holds the database. */
export function mountAdminRoutes(app: OpenAPIHono<GatewayEnv>, options: { admin: ModuleAdmin; operatorToken: string }): void {
  const { admin } = options;
  app.openAPIRegistry.registerComponent('securitySchemes', 'operatorToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token the gateway writes to <DATA_DIR>/operator-token at start (or OPERATOR_TOKEN).',
  });
  app.use('/api/platform/*', requireOperator(options.operatorToken));
  app.use('/api/platform/*', requireJsonBody());
  app.openapi(listRoute, async (c) => c.json({ modules: await admin.list() }, 200));
  app.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('json');
    return c.json(await admin.publish(id, version), 200);
  });
  app.openapi(toggleRoute('enable'), async (c) => c.json(await admin.setEnabled(c.req.valid('param').id, true), 200));
  app.openapi(toggleRoute('disable'), async (c) => c.json(await admin.setEnabled(c.req.valid('param').id, false), 200));
}
