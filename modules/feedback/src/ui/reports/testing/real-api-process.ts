/*
 * The real feedback API in its own Node process, for the UI tests: happy-dom replaces the globals
 * (Request, Response, File) that the server side needs, so the server cannot share the test's process.
 * Prints {"port": n} on stdout when it listens. Tokens map to callers through TEST_TOKENS (JSON
 * token → claims): sign-on itself is tested in the gateway.
 * Run: node --import tsx real-api-process.ts
 */
import { serve } from '@hono/node-server';
import { callerFromClaims, InvalidTokenError } from '@portal/module-kit';
import { startModuleApi } from '@portal/module-kit/testing';
import { sql } from 'drizzle-orm';
import { feedbackModule } from '../../../../module.js';

const tokens = JSON.parse(process.env.TEST_TOKENS ?? '{}') as Record<string, Record<string, unknown>>;
const api = await startModuleApi(feedbackModule, {
  verifier: {
    async verify(token) {
      const claims = tokens[token];
      if (!claims) throw new InvalidTokenError('unknown test token');
      return callerFromClaims(claims);
    },
  },
});

/** Test-only: how many reports carry a code (to prove a replayed upload created one report). */
async function countReports(code: string): Promise<Response> {
  const result = await api.context.db.execute(sql`select count(*)::int as n from feedback.reports where code = ${code}`);
  return Response.json({ count: (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n });
}

const server = serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    fetch: (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/__test/report-count') return countReports(url.searchParams.get('code') ?? '');
      return api.app.fetch(request);
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
