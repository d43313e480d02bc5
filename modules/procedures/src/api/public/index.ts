import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';

/** Placeholder: the routes of api/public/ are being written. */
export function registerPublicRoutes(_api: OpenAPIHono, _ctx: ModuleContext): void {}
