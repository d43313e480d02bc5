import { OpenAPIHono } from '@hono/zod-openapi';
import { requireJsonBody } from './require-json.js';
import { notFoundProblem, problemErrorHandler, validationProblemHook } from './problem.js';

/**
 * A module's API app: zod-openapi routes whose validation failures, malformed JSON, wrong content
 * types and unknown routes all answer problem+json. Mount it with the gateway or `serveModule`.
 * @example
 * const api = createModuleApi();
 * api.openapi(listRoute, async (c) => c.json(await list(ctx.db), 200));
 */
export function createModuleApi(options: { nonJsonPaths?: ReadonlyArray<string | RegExp> } = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationProblemHook });
  // nonJsonPaths: routes that take another body (multipart uploads); they check their content type themselves.
  app.use('*', requireJsonBody({ except: options.nonJsonPaths }));
  app.notFound(notFoundProblem);
  app.onError(problemErrorHandler());
  return app;
}
