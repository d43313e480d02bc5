import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, type Db } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';
import { rotateSigningKey } from './identity-keys.js';

export const RotatedKeySchema = z
  .object({
    kid: z.string().openapi({ description: 'The new signing key id' }),
    note: z.string(),
  })
  .openapi('RotatedKey');

export const ROTATION_NOTE = 'Each gateway signs with the new key from its next start; the old key keeps verifying for 24 hours.';

const rotateRoute = createRoute({
  method: 'post',
  path: '/api/platform/keys/rotate',
  tags: ['operator'],
  summary: "Rotate the embedded provider's signing key",
  security: [{ operatorToken: [] }],
  responses: {
    200: { description: 'A new key is active', content: { 'application/json': { schema: RotatedKeySchema } } },
    401: problemContent('Missing or wrong operator token'),
  },
});

/** POST /api/platform/keys/rotate (operator token, checked by the /api/platform/* guard); `pnpm portal keys rotate` uses it. */
export function mountKeyAdminRoutes(app: OpenAPIHono<GatewayEnv>, db: Db): void {
  app.openapi(rotateRoute, async (c) => c.json({ kid: await rotateSigningKey(db), note: ROTATION_NOTE }, 200));
}
