import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';

/** Placeholder: the routes of api/office/ are being written. */
export function registerOfficeRoutes(_api: OpenAPIHono, _ctx: ModuleContext): void {}
