import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGateway, type OpenedGateway } from '../gateway.js';
import { writeFakeRemote } from '../test-support/fake-builds.js';
import { START_TIMEOUT, prepareTestGateway, type TestGatewaySetup } from '../test-support/test-gateway.js';
import { RemoteStore } from '../remotes/remote-store.js';
import { readOperatorToken } from '../operator/operator-token.js';
import { stat } from 'node:fs/promises';

describe('operator endpoints /api/platform/modules', () => {
  let setup: TestGatewaySetup;
  let gateway: OpenedGateway;
  let auth: Record<string, string>;

  const post = (path: string, body?: unknown, headers: Record<string, string> = auth) =>
    gateway.app.request(path, {
      method: 'POST',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const listedIds = async () => {
    const body = (await (await gateway.app.request('/api/modules')).json()) as { modules: Array<{ id: string; version: string }> };
    return body.modules;
  };

  beforeAll(async () => {
    setup = await prepareTestGateway();
    gateway = await openGateway(setup.options());
    auth = { authorization: `Bearer ${gateway.operatorToken}` };
  }, START_TIMEOUT);
  afterAll(async () => {
    await gateway?.close();
    await setup?.cleanup();
  });

  it('writes the operator token to <DATA_DIR>/operator-token, readable by its owner only', async () => {
    expect(await readOperatorToken(setup.dataDir)).toBe(gateway.operatorToken);
    const mode = (await stat(join(setup.dataDir, 'operator-token'))).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('refuses requests without the operator token, or with a wrong one', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong-token' }, { authorization: gateway.operatorToken }];
    for (const headers of attempts) {
      const res = await post('/api/platform/modules/notes/disable', undefined, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await listedIds()).map((m) => m.id)).toEqual(['notes']);
  });

  it('disables and enables a module: the public list follows', async () => {
    const disabled = await post('/api/platform/modules/notes/disable');
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ id: 'notes', enabled: false });
    expect(await listedIds()).toEqual([]);

    const enabled = await post('/api/platform/modules/notes/enable');
    expect(await enabled.json()).toMatchObject({ id: 'notes', enabled: true });
    expect((await listedIds()).map((m) => m.id)).toEqual(['notes']);
  });

  it('lists every row to the operator', async () => {
    const res = await gateway.app.request('/api/platform/modules', { headers: auth });
    expect(await res.json()).toEqual({
      modules: [{ id: 'notes', version: '0.1.0', enabled: true, order: 20, entry: '/m/notes/0.1.0/mf-manifest.json', installed: true }],
    });
  });

  it('publishes a stored version, and rolls back to an older one', async () => {
    const store = new RemoteStore(gateway.config.remotesDir);
    const build = join(setup.dataDir, '..', 'notes-0.2.0');
    await writeFakeRemote(build, { id: 'notes', version: '0.2.0' });
    await store.copyIn(build, 'notes', '0.2.0');

    const res = await post('/api/platform/modules/notes/publish', { version: '0.2.0' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: '0.2.0', entry: '/m/notes/0.2.0/mf-manifest.json' });
    expect(await listedIds()).toMatchObject([{ id: 'notes', version: '0.2.0' }]);

    await post('/api/platform/modules/notes/publish', { version: '0.1.0' });
    expect(await listedIds()).toMatchObject([{ id: 'notes', version: '0.1.0' }]);
  });

  it('refuses a version that is not in the store, a bad version string and an unknown module', async () => {
    const missing = await post('/api/platform/modules/notes/publish', { version: '9.9.9' });
    expect(missing.status).toBe(409);
    expect(((await missing.json()) as { detail: string }).detail).toMatch(/9\.9\.9.*not in the remote store.*Stored versions: 0\.2\.0, 0\.1\.0/);

    const bad = await post('/api/platform/modules/notes/publish', { version: 'latest' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: { version: [expect.any(String)] } });

    const unknown = await post('/api/platform/modules/nope/enable');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('Unknown module "nope"');
    expect(await listedIds()).toMatchObject([{ id: 'notes', version: '0.1.0' }]);
  });

  it('answers malformed JSON with 400 and a non-JSON body with 415, as problems', async () => {
    const malformed = await gateway.app.request('/api/platform/modules/notes/publish', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"version": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');
    expect(await malformed.json()).toMatchObject({ type: '/problems/malformed-json' });

    const form = await gateway.app.request('/api/platform/modules/notes/publish', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '13' },
      body: 'version=0.1.0',
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ type: '/problems/unsupported-media-type' });
  });
});
