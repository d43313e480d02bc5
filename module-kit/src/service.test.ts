import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModuleApi } from './api.js';
import { getCaller, requireRole } from './auth/middleware.js';
import { AUDIENCE, startLocalIssuer, type LocalIssuer } from './auth/local-issuer.fixture.js';
import { defineModule } from './contract.js';
import { startModuleService, type RunningModuleService } from './service.js';

/** A drizzle-kit style migrations folder with one migration, written for this test. */
async function writeMigrations(dir: string): Promise<void> {
  await mkdir(join(dir, 'meta'), { recursive: true });
  await writeFile(
    join(dir, '0000_init.sql'),
    'CREATE SCHEMA "tasks";\n--> statement-breakpoint\nCREATE TABLE "tasks"."items" ("id" serial PRIMARY KEY NOT NULL, "title" text NOT NULL);\n',
  );
  await writeFile(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1764460800000, tag: '0000_init', breakpoints: true }] }),
  );
}

/** A fresh database on TEST_DATABASE_URL's server (or none: PGlite in memory). */
async function freshDatabase(): Promise<{ url?: string; drop(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return { drop: async () => {} };
  const name = `portal_svc_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const listTasks = createRoute({
  method: 'get',
  path: '/items',
  responses: { 200: { description: 'Tasks', content: { 'application/json': { schema: z.object({ items: z.array(z.object({ title: z.string() })) }) } } } },
});

const whoAmI = createRoute({
  method: 'get',
  path: '/me',
  middleware: [requireRole('citizen', 'admin')],
  responses: { 200: { description: 'The caller', content: { 'application/json': { schema: z.object({ sub: z.string() }) } } } },
});

/** A module whose API answers who is calling; no database. */
const whoModule = defineModule({
  id: 'who',
  version: '0.1.0',
  names: { vi: 'Tôi là ai', en: 'Who am I' },
  icon: 'user',
  audience: 'public',
  order: 1,
  api: () => {
    const api = createModuleApi();
    api.openapi(whoAmI, (c) => c.json({ sub: getCaller(c)!.sub }, 200));
    return api;
  },
});

describe('startModuleService authentication', () => {
  let issuer: LocalIssuer;
  const started: RunningModuleService[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    issuer = await startLocalIssuer();
  });
  afterAll(async () => {
    process.env = saved;
    await Promise.all(started.map((service) => service.close()));
    await issuer?.close();
  });

  async function start(options: Parameters<typeof startModuleService>[1]): Promise<RunningModuleService> {
    const service = await startModuleService(whoModule, options);
    started.push(service);
    return service;
  }
  const me = (service: RunningModuleService, token?: string) =>
    fetch(`${service.url}/api/who/me`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('verifies tokens with OIDC_ISSUER / OIDC_AUDIENCE / OIDC_JWKS_URI from the environment', async () => {
    process.env.OIDC_ISSUER = issuer.issuer;
    process.env.OIDC_AUDIENCE = AUDIENCE;
    process.env.OIDC_JWKS_URI = issuer.jwksUri;
    const service = await start({ port: 0 });
    const ok = await me(service, await issuer.sign({ sub: 'citizen-7', roles: ['citizen'] }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ sub: 'citizen-7' });
    expect((await me(service)).status).toBe(401);
    expect((await me(service, await issuer.sign({ roles: ['business'] }))).status).toBe(403);
    const forged = await me(service, await issuer.sign({ roles: ['citizen'], iss: 'http://127.0.0.1:1/realms/portal' }));
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('takes the issuer and audience from options too', async () => {
    delete process.env.OIDC_ISSUER;
    const service = await start({ port: 0, auth: { issuer: issuer.issuer, audience: 'other-api' } });
    expect((await me(service, await issuer.sign({ aud: 'other-api', roles: ['admin'] }))).status).toBe(200);
    expect((await me(service, await issuer.sign({ roles: ['admin'] }))).status).toBe(401);
  });

  it('refuses every token, but still serves anonymous requests, when no issuer is configured', async () => {
    delete process.env.OIDC_ISSUER;
    const service = await start({ port: 0 });
    expect((await me(service, await issuer.sign({ roles: ['admin'] }))).status).toBe(401);
    expect((await me(service)).status).toBe(401);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});

describe('startModuleService', () => {
  let folder: string;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let service: RunningModuleService;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'module-service-'));
    await writeMigrations(join(folder, 'migrations'));
    database = await freshDatabase();
    const tasks = defineModule({
      id: 'tasks',
      version: '0.1.0',
      names: { vi: 'Việc cần làm', en: 'Tasks' },
      icon: 'document',
      audience: 'public',
      order: 1,
      api: ({ db }) => {
        const api = createModuleApi();
        api.openapi(listTasks, async (c) => {
          const result = await db.execute(sql`select title from tasks.items order by id`);
          return c.json({ items: (result as unknown as { rows: Array<{ title: string }> }).rows }, 200);
        });
        return api;
      },
      db: {
        schema: 'tasks',
        migrationsFolder: join(folder, 'migrations'),
        seed: async ({ db }) => {
          await db.execute(sql`insert into tasks.items (title) values ('Nộp hồ sơ')`);
        },
      },
    });
    service = await startModuleService(tasks, { port: 0, seed: true, ...(database.url ? { databaseUrl: database.url } : {}) });
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the module API at /api/<id> on its migrated, seeded database', async () => {
    const res = await fetch(`${service.url}/api/tasks/items`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [{ title: 'Nộp hồ sơ' }] });
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', module: 'tasks' });
  });

  it('answers unknown routes and bad bodies with problem+json, keeping the request id', async () => {
    const missing = await fetch(`${service.url}/api/tasks/nothing`, { headers: { 'x-request-id': 'svc-1' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(missing.headers.get('x-request-id')).toBe('svc-1');
    const form = await fetch(`${service.url}/api/tasks/items`, { method: 'POST', body: new URLSearchParams({ a: 'b' }) });
    expect(form.status).toBe(415);
  });
});
