import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ModuleContext } from '@portal/module-kit';

/** Paths whose bodies are multipart (file uploads), exempt from the JSON body check. */
export const DOSSIER_MULTIPART_PATHS: readonly RegExp[] = [];

/** Placeholder: the routes of api/dossiers/ are being written. */
export function registerDossierRoutes(_api: OpenAPIHono, _ctx: ModuleContext): void {}
