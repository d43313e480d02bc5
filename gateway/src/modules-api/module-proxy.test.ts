import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createTokenVerifier, startModuleService, type RunningModuleService, type TokenVerifier } from '@portal/module-kit';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayEnv } from '../middleware/request-context.js';
import { moduleProxy } from './module-proxy.js';
import { notesModule } from '../test-support/fixture-modules.js';
import { START_TIMEOUT, startTestGateway } from '../test-support/test-gateway.js';
import { freshDatabaseUrl } from '../test-support/temp-dirs.js';
import { tokenFor } from '../test-support/tokens.js';

describe('a module API proxied to its own service (MODULE_API_URLS)', () => {
  let service: RunningModuleService;
  let serviceDatabase: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let harness: Awaited<ReturnType<typeof startTestGateway>>;
  let url: string;

  beforeAll(async () => {
    serviceDatabase = await freshDatabaseUrl();
    // The service verifies tokens itself against the gateway's published keys (remote JWKS), as it
    // would against Keycloak; the gateway's URL is known only once it listens, hence the late binding.
    const late: { verifier?: TokenVerifier } = {};
    service = await startModuleService(notesModule(), {
      port: 0,
      seed: true,
      auth: { verify: (token) => late.verifier!.verify(token) },
      ...(serviceDatabase.url ? { databaseUrl: serviceDatabase.url } : {}),
    });
    harness = await startTestGateway({ moduleApiUrls: { notes: service.url }, demoAccounts: true });
    url = harness.gateway.url;
    late.verifier = createTokenVerifier({ issuer: `${url}/realms/portal`, audience: 'portal-api' });
  }, START_TIMEOUT);
  afterAll(async () => {
    await harness?.close();
    await service?.close().catch(() => undefined);
    await serviceDatabase?.drop();
  });

  it('answers from the service: the gateway has no notes tables of its own', async () => {
    const res = await fetch(`${url}/api/notes/items`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [{ id: 1, text: 'Xin chào' }] });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('forwards method, body, Authorization and X-Request-Id', async () => {
    const created = await fetch(`${url}/api/notes/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Gửi qua cổng' }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 2, text: 'Gửi qua cổng' });

    const { accessToken } = await tokenFor(url, '001090000001');
    const who = await fetch(`${url}/api/notes/whoami`, {
      headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': 'proxy-trace-7' },
    });
    expect(await who.json()).toEqual({ authorization: `Bearer ${accessToken}`, requestId: 'proxy-trace-7' });
    expect(who.headers.get('x-request-id')).toBe('proxy-trace-7');
    expect(who.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('lets the service verify the forwarded token itself (remote JWKS)', async () => {
    const { accessToken } = await tokenFor(url, '001090000002');
    const me = await fetch(`${url}/api/notes/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: 'Lò Thị Bình', roles: ['citizen'] });
    expect((await fetch(`${url}/api/notes/me`)).status).toBe(401);
  });

  it('passes the service\'s problems through', async () => {
    const res = await fetch(`${url}/api/notes/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: '/problems/malformed-json' });
    const missing = await fetch(`${url}/api/notes/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('still documents the proxied module\'s routes in the OpenAPI document', async () => {
    const document = (await (await fetch(`${url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/notes/items');
  });

  it('answers 502 problem+json when the service is down', async () => {
    await service.close();
    const res = await fetch(`${url}/api/notes/items`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 502, detail: expect.stringContaining('"notes" service') });
  });
});

describe('the client address a proxied service sees', () => {
  let service: Server;
  let gateway: ServerType;
  let gatewayUrl: string;

  /** Both servers listen on port 0; their URL is known once they listen. */
  async function urlOf(server: Server | ServerType): Promise<string> {
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    // The service answers with the X-Forwarded-For it received.
    service = createServer((req, res) => res.end(JSON.stringify({ forwardedFor: req.headers['x-forwarded-for'] ?? null }))).listen(0, '127.0.0.1');
    const serviceUrl = await urlOf(service);
    const app = new Hono<GatewayEnv>().all('/api/echo/*', moduleProxy('echo', serviceUrl));
    gateway = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    gatewayUrl = await urlOf(gateway);
  });
  afterAll(() => {
    service?.close();
    gateway?.close();
  });

  const forwardedFor = async (headers: Record<string, string> = {}) =>
    ((await (await fetch(`${gatewayUrl}/api/echo/lookup`, { headers })).json()) as { forwardedFor: string | null }).forwardedFor;

  it('appends the peer the gateway saw, after whatever the client claimed', async () => {
    expect(await forwardedFor()).toBe('127.0.0.1');
    expect(await forwardedFor({ 'x-forwarded-for': '203.0.113.50' })).toBe('203.0.113.50, 127.0.0.1');
  });
});
