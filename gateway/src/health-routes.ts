import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { isSchemaUpToDate, problemResponse, type Db } from '@portal/module-kit';
import type { GatewayEnv } from './middleware/request-context.js';

export interface SchemaOwner {
  schema: string;
  migrationsFolder: string;
}

/**
 * /healthz: the process answers. /readyz: the database answers and every schema the gateway migrates
 * (platform and each in-process module) has all its migrations applied; 503 problem+json otherwise.
 */
export function mountHealthRoutes(app: Hono<GatewayEnv>, options: { db: Db; schemas: readonly SchemaOwner[] }): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    try {
      await options.db.execute(sql`select 1`);
    } catch {
      return notReady('The database does not answer.');
    }
    const behind: string[] = [];
    for (const owner of options.schemas) {
      if (!(await isSchemaUpToDate(options.db, owner))) behind.push(owner.schema);
    }
    if (behind.length > 0) return notReady(`Migrations not applied for: ${behind.join(', ')}.`);
    return c.json({ status: 'ready' }, 200, { 'Cache-Control': 'no-store' });
  });
}

function notReady(detail: string): Response {
  return problemResponse(
    { type: '/problems/not-ready', title: 'Not ready', status: 503, detail },
    { 'Cache-Control': 'no-store', 'Retry-After': '5' },
  );
}
