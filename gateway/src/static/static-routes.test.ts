import { request as httpRequest } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT, startTestGateway } from '../test-support/test-gateway.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose path is sent byte for byte (fetch and URL would normalise "..", "%2e%2e"). */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('static files: shell, remotes, SPA fallback', () => {
  let harness: Awaited<ReturnType<typeof startTestGateway>>;
  let url: string;
  beforeAll(async () => {
    harness = await startTestGateway({ cspExtraOrigins: ['https://cdn.example.org'] });
    url = harness.gateway.url;
    await writeFile(join(harness.setup.dataDir, '..', 'secret.txt'), 'TOP-SECRET');
  }, START_TIMEOUT);
  afterAll(() => harness?.close());

  it('serves the shell index for / and for client routes, never cached', async () => {
    for (const path of ['/', '/m/hotlines', '/m/notes/anything/deeper', '/settings', '/m/notes/0.1.0/']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it.each([
    ['/static/js/main.3f2a9b1c0d.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['/static/css/main.a1b2c3d4e5.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['/static/media/be-vietnam-pro-vietnamese-400-normal.0123abcd.woff2', 'font/woff2', IMMUTABLE],
    ['/icons/icon-192.png', 'image/png', 'no-cache'],
    ['/icons/logo.svg', 'image/svg+xml', 'no-cache'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/m/notes/0.1.0/remoteEntry.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/m/notes/0.1.0/mf-manifest.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/m/notes/0.1.0/static/js/481.9e8d7c6b5a.js', 'text/javascript; charset=utf-8', IMMUTABLE],
  ])('serves %s as %s with Cache-Control %s', async (path, type, cacheControl) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe(cacheControl);
  });

  it('compresses text assets for clients that accept gzip', async () => {
    const res = await raw(url, '/static/js/main.3f2a9b1c0d.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toContain("console.log('shell')");
    const plain = await raw(url, '/static/js/main.3f2a9b1c0d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(res.body.length).toBeLessThan(plain.body.length / 4);
  });

  it('prefers brotli when the client accepts it, and honours a refusal (q=0)', async () => {
    const res = await raw(url, '/static/js/main.3f2a9b1c0d.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toContain("console.log('shell')");
    const noBrotli = await raw(url, '/static/js/main.3f2a9b1c0d.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('serves the new content as soon as a file changes on disk', async () => {
    const file = join(harness.setup.shellDist, 'static/js/main.3f2a9b1c0d.js');
    const before = await raw(url, '/static/js/main.3f2a9b1c0d.js', { 'accept-encoding': 'br' });
    await writeFile(file, `console.log('shell, rebuilt');\n${'/* padding */\n'.repeat(200)}`);
    const after = await raw(url, '/static/js/main.3f2a9b1c0d.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(before.body).toString()).not.toContain('rebuilt');
    expect(brotliDecompressSync(after.body).toString()).toContain("console.log('shell, rebuilt')");
  });

  it('answers a revalidation with 304 when the file did not change', async () => {
    const first = await fetch(`${url}/sw.js`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await raw(url, '/sw.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('sets the security headers on files, pages and errors alike', async () => {
    for (const path of ['/', '/static/js/main.3f2a9b1c0d.js', '/m/notes/0.1.0/remoteEntry.js', '/missing.png', '/api/nothing']) {
      const res = await fetch(`${url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self' https://cdn.example.org");
      expect(csp).toContain("script-src 'self' https://cdn.example.org;");
      expect(csp).toContain("style-src 'self' https://cdn.example.org 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' https://cdn.example.org data: blob:");
      for (const directive of ["worker-src 'self'", "manifest-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
        expect(csp).toContain(directive);
      }
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('permissions-policy')).toContain('geolocation=(self)');
      expect(res.headers.get('permissions-policy')).toContain('camera=(self)');
    }
  });

  it.each([
    ['/m/unknown/0.1.0/remoteEntry.js', 'Unknown module "unknown"'],
    ['/m/notes/latest/remoteEntry.js', '"latest" is not a module version'],
    ['/m/notes/9.9.9/remoteEntry.js', 'no published version 9.9.9'],
    ['/m/notes/0.1.0/static/js/missing.js', 'has no file static/js/missing.js'],
    ['/static/js/missing.js', 'No file at /static/js/missing.js'],
    ['/api/unknown', 'No route for GET /api/unknown'],
    ['/api/notes/unknown', 'No route for GET /api/notes/unknown'],
  ])('answers %s with a 404 problem', async (path, detail) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { status: number; detail: string };
    expect(problem.status).toBe(404);
    expect(problem.detail).toContain(detail);
  });

  it('answers writes to pages with a 404 problem, not the shell', async () => {
    const res = await fetch(`${url}/settings`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses path traversal out of the shell and the remote store', async () => {
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/static/..%2f..%2fsecret.txt',
      '/static/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/m/notes/0.1.0/..%2f..%2f..%2f..%2fsecret.txt',
      '/m/notes/0.1.0/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      '/m/notes/..%2f..%2f..%2f..%2fsecret.txt/x.txt',
      '/m/..%2f..%2f..%2f/0.1.0/secret.txt',
      '/static/..%5c..%5csecret.txt',
      '/static/%00secret.txt',
    ];
    for (const path of attempts) {
      const res = await raw(url, path);
      expect(res.body.toString(), path).not.toContain('TOP-SECRET');
      expect([400, 404], path).toContain(res.status);
    }
  });
});
