import { Writable } from 'node:stream';
import hotlines from '@portal/hotlines/module';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGateway, type OpenedGateway } from './gateway.js';
import { START_TIMEOUT, prepareTestGateway, type TestGatewaySetup } from './test-support/test-gateway.js';

describe('the gateway app: request ids, logs, module APIs, OpenAPI', () => {
  let setup: TestGatewaySetup;
  let gateway: OpenedGateway;
  const logLines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    setup = await prepareTestGateway();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    gateway = await openGateway(setup.options({ modules: [...setup.modules, hotlines], logger: pino({ level: 'info' }, sink) }));
  }, START_TIMEOUT);
  afterAll(async () => {
    await gateway?.close();
    await setup?.cleanup();
  });

  it('mounts each module API under /api/<id> with its sample data', async () => {
    const res = await gateway.app.request('/api/notes/items');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [{ id: 1, text: 'Xin chào' }] });
    expect((await gateway.app.request('/api/hotlines/emergency')).status).toBe(200);
  });

  it('answers malformed JSON with 400 and a wrong content type with 415 on a module route', async () => {
    const malformed = await gateway.app.request('/api/notes/items', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "Xin',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');
    expect(await malformed.json()).toMatchObject({ type: '/problems/malformed-json', status: 400 });

    const text = await gateway.app.request('/api/notes/items', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-length': '5' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ type: '/problems/unsupported-media-type', status: 415 });

    const list = (await (await gateway.app.request('/api/notes/items')).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
  });

  it('echoes a sane incoming X-Request-Id and replaces an unsafe one', async () => {
    const kept = await gateway.app.request('/healthz', { headers: { 'x-request-id': 'trace-42.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.abc');
    const replaced = await gateway.app.request('/healthz', { headers: { 'x-request-id': 'bad id\u0007<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await gateway.app.request('/api/unknown');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one JSON log line per request with id, method, path, status and duration', async () => {
    await gateway.app.request('/api/portal', { headers: { 'x-request-id': 'log-check-1' } });
    const line = logLines.find((entry) => entry.reqId === 'log-check-1');
    expect(line).toMatchObject({ method: 'GET', path: '/api/portal', status: 200, msg: 'request' });
    expect(typeof line?.durationMs).toBe('number');
    expect(logLines.filter((entry) => entry.reqId === 'log-check-1')).toHaveLength(1);
  });

  it('publishes an OpenAPI 3.1 document with the platform and every module path', async () => {
    const res = await gateway.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { securitySchemes: object } };
    expect(document.openapi).toBe('3.1.0');
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/modules', '/api/portal', '/api/platform/modules/{id}/publish', '/api/notes/items']));
    expect(paths.filter((path) => path.startsWith('/api/hotlines/')).length).toBeGreaterThan(0);
    expect(document.components.securitySchemes).toHaveProperty('operatorToken');
  });

  it('serves the API docs page with self-hosted Swagger UI and no inline script', async () => {
    const page = await gateway.app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/api\/docs\/[\w.-]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/https?:\/\//);
    for (const file of ['swagger-ui-bundle.js', 'swagger-init.js', 'swagger-ui.css']) {
      const res = await gateway.app.request(`/api/docs/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self';");
    }
    expect((await gateway.app.request('/api/docs/package.json')).status).toBe(404);
  });
});
