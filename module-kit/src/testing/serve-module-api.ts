/*
 * The child side of `startModuleApiProcess`: a module's real API (fresh database, migrated and seeded)
 * served on 127.0.0.1 in its own Node process, for UI tests. happy-dom replaces the globals (Request,
 * Response, File) that the server side needs, so the server cannot share the test's process.
 * Prints {"port": n} on stdout when it listens. Tokens map to callers through TEST_TOKENS (JSON
 * token → claims): sign-on itself is tested in the gateway.
 */
import { serve } from '@hono/node-server';
import { InvalidTokenError, callerFromClaims } from '../auth/index.js';
import type { ModuleDefinition } from '../contract.js';
import { startModuleApi, type ModuleApiHarness } from './start-module-api.js';

/** Test-only routes beside the API, by exact path (e.g. a count the UI cannot see). */
export type TestRoutes = Record<string, (url: URL) => Promise<Response>>;

export async function serveModuleApiForUiTests(
  definition: ModuleDefinition,
  options: { testRoutes?: (api: ModuleApiHarness) => TestRoutes } = {},
): Promise<void> {
  const tokens = JSON.parse(process.env.TEST_TOKENS ?? '{}') as Record<string, Record<string, unknown>>;
  const api = await startModuleApi(definition, {
    verifier: {
      async verify(token) {
        const claims = tokens[token];
        if (!claims) throw new InvalidTokenError('unknown test token');
        return callerFromClaims(claims);
      },
    },
  });
  const routes = options.testRoutes?.(api) ?? {};

  const server = serve(
    {
      hostname: '127.0.0.1',
      port: 0,
      fetch: (request: Request) => {
        const url = new URL(request.url);
        return routes[url.pathname]?.(url) ?? api.app.fetch(request);
      },
    },
    (info) => process.stdout.write(`${JSON.stringify({ port: info.port })}\n`),
  );

  const stop = async () => {
    server.close();
    await api.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
