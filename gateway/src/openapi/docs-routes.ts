import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { notFoundProblem } from '@portal/module-kit';
import type { GatewayEnv } from '../middleware/request-context.js';
import { serveFile } from '../static/serve-file.js';

const swaggerDist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The files /api/docs/<name> serves: Swagger UI from the installed package (no CDN) and our init script. */
const DOCS_FILES = new Map([
  ['swagger-ui.css', join(swaggerDist, 'swagger-ui.css')],
  ['swagger-ui-bundle.js', join(swaggerDist, 'swagger-ui-bundle.js')],
  ['favicon-32x32.png', join(swaggerDist, 'favicon-32x32.png')],
  ['swagger-init.js', fileURLToPath(new URL('./swagger-init.js', import.meta.url))],
]);

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Portal API</title>
  <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/swagger-init.js"></script>
</body>
</html>
`;

/**
 * GET /api/openapi.json (OpenAPI 3.1 built from the zod schemas of every mounted route, modules'
 * sub-apps included) and the Swagger UI page at /api/docs. Register after all API routes.
 */
export function mountApiDocs(app: OpenAPIHono<GatewayEnv>, info: { title: string; version: string }): void {
  let document: unknown;
  app.get('/api/openapi.json', (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { ...info, description: 'Platform endpoints and the API of every installed module.' },
    });
    return c.json(document, 200, { 'Cache-Control': 'no-cache' });
  });
  app.get('/api/docs', (c) => c.html(DOCS_PAGE, 200, { 'Cache-Control': 'no-cache' }));
  app.get('/api/docs/:file', async (c) => {
    const path = DOCS_FILES.get(c.req.param('file'));
    return (path && (await serveFile(c, path))) || notFoundProblem(c);
  });
}
