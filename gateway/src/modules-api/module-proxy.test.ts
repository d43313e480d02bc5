import { startModuleService, type RunningModuleService } from '@portal/module-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesModule } from '../test-support/fixture-modules.js';
import { START_TIMEOUT, startTestGateway } from '../test-support/test-gateway.js';
import { freshDatabaseUrl } from '../test-support/temp-dirs.js';

describe('a module API proxied to its own service (MODULE_API_URLS)', () => {
  let service: RunningModuleService;
  let serviceDatabase: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let harness: Awaited<ReturnType<typeof startTestGateway>>;
  let url: string;

  beforeAll(async () => {
    serviceDatabase = await freshDatabaseUrl();
    service = await startModuleService(notesModule(), {
      port: 0,
      seed: true,
      ...(serviceDatabase.url ? { databaseUrl: serviceDatabase.url } : {}),
    });
    harness = await startTestGateway({ moduleApiUrls: { notes: service.url } });
    url = harness.gateway.url;
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

    const who = await fetch(`${url}/api/notes/whoami`, {
      headers: { authorization: 'Bearer citizen-token', 'x-request-id': 'proxy-trace-7' },
    });
    expect(await who.json()).toEqual({ authorization: 'Bearer citizen-token', requestId: 'proxy-trace-7' });
    expect(who.headers.get('x-request-id')).toBe('proxy-trace-7');
    expect(who.headers.get('content-security-policy')).toContain("default-src 'self'");
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
