import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleDefinition } from '@portal/module-kit';
import type { Branding } from '../config.js';
import type { AuthInfo } from '../identity/identity.js';
import type { GatewayEnv } from '../middleware/request-context.js';
import type { RegistryCache } from './registry-cache.js';
import { isVisibleTo, toRegistryEntry } from './registry-table.js';
import { BrandingSchema, ModuleListSchema } from './schemas.js';

const listModulesRoute = createRoute({
  method: 'get',
  path: '/api/modules',
  tags: ['platform'],
  summary: 'Modules the caller may open, in home-grid order',
  description: 'Read from the registry only: a broken remote never breaks this list.',
  responses: { 200: { description: 'Enabled, installed modules visible to the caller', content: { 'application/json': { schema: ModuleListSchema } } } },
});

const brandingRoute = createRoute({
  method: 'get',
  path: '/api/portal',
  tags: ['platform'],
  summary: 'Portal and province names, and where to sign in',
  responses: { 200: { description: 'Branding', content: { 'application/json': { schema: BrandingSchema } } } },
});

/** GET /api/modules and GET /api/portal: what the shell reads at start. */
export function mountRegistryRoutes(
  app: OpenAPIHono<GatewayEnv>,
  options: { registry: RegistryCache; installed: readonly ModuleDefinition[]; branding: Branding; auth: AuthInfo },
): void {
  const installedIds = new Set(options.installed.map((module) => module.id));
  app.openapi(listModulesRoute, async (c) => {
    const roles = c.get('roles');
    const rows = await options.registry.rows();
    const modules = rows
      .filter((row) => row.enabled && installedIds.has(row.id) && isVisibleTo(row, roles))
      .map(toRegistryEntry);
    return c.json({ modules }, 200, { 'Cache-Control': 'no-cache' });
  });
  app.openapi(brandingRoute, (c) => c.json({ ...options.branding, auth: options.auth }, 200));
}
