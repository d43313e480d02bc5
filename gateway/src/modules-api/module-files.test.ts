import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { createModuleApi, defineModule, type ModuleContext } from '@portal/module-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../config.js';
import type { OpenedGateway } from '../gateway.js';
import { START_TIMEOUT, openTestGateway } from '../test-support/test-gateway.js';
import { tempDirs } from '../test-support/temp-dirs.js';

/** A module that keeps whatever is PUT to /api/albums/files/<name> in its ctx.files. */
function albumsModule() {
  const putFile = createRoute({
    method: 'put',
    path: '/files/{name}',
    request: { params: z.object({ name: z.string().regex(/^[a-z0-9.-]+$/) }) },
    responses: { 204: { description: 'Stored' } },
  });
  const getFile = createRoute({
    method: 'get',
    path: '/files/{name}',
    request: { params: z.object({ name: z.string().regex(/^[a-z0-9.-]+$/) }) },
    responses: { 200: { description: 'The file' }, 404: { description: 'None' } },
  });
  return defineModule({
    id: 'albums',
    version: '0.1.0',
    names: { vi: 'Album ảnh', en: 'Albums' },
    icon: 'image',
    audience: 'public',
    order: 90,
    api: ({ files }: ModuleContext) => {
      const api = createModuleApi({ nonJsonPaths: ['/files/'] });
      api.openapi(putFile, async (c) => {
        const body = new Uint8Array(await c.req.arrayBuffer());
        await files.put(`uploads/${c.req.valid('param').name}`, body, c.req.header('content-type') ?? 'application/octet-stream');
        return c.body(null, 204);
      });
      api.openapi(getFile, async (c) => {
        const file = await files.get(`uploads/${c.req.valid('param').name}`);
        if (!file) return c.body(null, 404);
        return c.body(new Uint8Array(file.data), 200, { 'content-type': file.contentType });
      });
      return api;
    },
  });
}

describe('FILE_STORAGE_DIR', () => {
  it('defaults to <DATA_DIR>/files; the env variable and the option override it', () => {
    expect(resolveConfig({ dataDir: '/srv/portal' }, {}).fileStorageDir).toBe('/srv/portal/files');
    expect(resolveConfig({}, { DATA_DIR: '/srv/portal', FILE_STORAGE_DIR: '/mnt/files' }).fileStorageDir).toBe('/mnt/files');
    expect(resolveConfig({ fileStorageDir: '/tmp/f' }, { FILE_STORAGE_DIR: '/mnt/files' }).fileStorageDir).toBe('/tmp/f');
  });
});

describe('ctx.files in a module mounted by the gateway', () => {
  const dirs = tempDirs();
  let folder: string;
  let harness: { gateway: OpenedGateway; close(): Promise<void> };

  beforeAll(async () => {
    folder = await dirs.make('portal-files-');
    harness = await openTestGateway({ modules: [albumsModule()], fileStorageDir: folder });
  }, START_TIMEOUT);
  afterAll(async () => {
    await harness?.close();
    await dirs.cleanup();
  });

  it('stores under <FILE_STORAGE_DIR>/<module id>/ and reads it back with its type', async () => {
    const { app } = harness.gateway;
    const put = await app.request('/api/albums/files/hello.txt', { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'xin chào' });
    expect(put.status).toBe(204);
    expect(await readFile(join(folder, 'albums', 'uploads', 'hello.txt'), 'utf8')).toBe('xin chào');

    const get = await app.request('/api/albums/files/hello.txt');
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('text/plain');
    expect(await get.text()).toBe('xin chào');
    expect((await app.request('/api/albums/files/missing.txt')).status).toBe(404);
  });
});
