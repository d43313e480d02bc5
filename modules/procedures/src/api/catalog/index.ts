import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';

/** Placeholder: the routes of api/catalog/ are being written. */
export function registerCatalogRoutes(_api: OpenAPIHono, _ctx: ModuleContext): void {}
