import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryEntry } from '@portal/module-kit';
import { openGateway, type OpenedGateway } from '../gateway.js';
import type { GatewayOptions } from '../config.js';
import { writeFakeRemote } from '../test-support/fake-builds.js';
import { notesModule } from '../test-support/fixture-modules.js';
import { START_TIMEOUT, prepareTestGateway, type TestGatewaySetup } from '../test-support/test-gateway.js';

/** Starts the gateway on the same data folder, reads what it lists, stops it again. */
async function listAfterStart(setup: TestGatewaySetup, extra: GatewayOptions = {}, operate?: (gateway: OpenedGateway) => Promise<void>) {
  const gateway = await openGateway(setup.options(extra));
  try {
    await operate?.(gateway);
    const res = await gateway.app.request('/api/modules');
    return ((await res.json()) as { modules: RegistryEntry[] }).modules;
  } finally {
    await gateway.close();
  }
}

/** An operator action, as the CLI sends it. */
const operator = (action: string, body?: unknown) => async (gateway: OpenedGateway) => {
  const res = await gateway.app.request(`/api/platform/modules/notes/${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${gateway.operatorToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status).toBe(200);
};

describe('registering installed modules at start', () => {
  let setup: TestGatewaySetup;
  beforeAll(async () => {
    setup = await prepareTestGateway();
  }, START_TIMEOUT);
  afterAll(() => setup?.cleanup());

  it('copies a built UI into the store and registers the module at its version', async () => {
    const modules = await listAfterStart(setup);
    expect(modules).toMatchObject([{ id: 'notes', version: '0.1.0', remote: { entry: '/m/notes/0.1.0/mf-manifest.json' } }]);
  }, START_TIMEOUT);

  it('moves the registry to a newer build and keeps the older version servable', async () => {
    await writeFakeRemote(setup.notesDist, { id: 'notes', version: '0.2.0' });
    const gateway = await openGateway(setup.options());
    try {
      const body = (await (await gateway.app.request('/api/modules')).json()) as { modules: RegistryEntry[] };
      expect(body.modules).toMatchObject([{ id: 'notes', version: '0.2.0' }]);
      expect((await gateway.app.request('/m/notes/0.1.0/remoteEntry.js')).status).toBe(200);
    } finally {
      await gateway.close();
    }
  }, START_TIMEOUT);

  it('keeps an operator rollback across restarts while the build is not new', async () => {
    const rolledBack = await listAfterStart(setup, {}, operator('publish', { version: '0.1.0' }));
    expect(rolledBack).toMatchObject([{ version: '0.1.0' }]);
    expect(await listAfterStart(setup)).toMatchObject([{ version: '0.1.0' }]);
  }, START_TIMEOUT);

  it('follows the package for names and order, and keeps the operator\'s enabled flag', async () => {
    const renamed = { ...notesModule({ distFolder: setup.notesDist }), names: { vi: 'Sổ tay', en: 'Notebook' }, order: 5 };
    expect(await listAfterStart(setup, {}, operator('disable'))).toEqual([]);
    expect(await listAfterStart(setup, { modules: [renamed] })).toEqual([]);
    const modules = await listAfterStart(setup, { modules: [renamed] }, operator('enable'));
    expect(modules).toMatchObject([{ id: 'notes', names: { vi: 'Sổ tay', en: 'Notebook' }, order: 5 }]);
  }, START_TIMEOUT);

  it('registers a module without a dist at its highest stored version, and leaves out one with neither', async () => {
    await rm(setup.notesDist, { recursive: true });
    const withoutDist = await listAfterStart(setup, { modules: [notesModule({ distFolder: setup.notesDist, id: 'notes' })] });
    expect(withoutDist).toMatchObject([{ id: 'notes' }]);

    const fresh = await prepareTestGateway();
    try {
      const gateway = await openGateway(fresh.options({ modules: [notesModule({ distFolder: join(fresh.dataDir, 'no-build') })] }));
      try {
        const body = (await (await gateway.app.request('/api/modules')).json()) as { modules: RegistryEntry[] };
        expect(body.modules).toEqual([]);
        // Its API works all the same.
        expect((await gateway.app.request('/api/notes/items')).status).toBe(200);
      } finally {
        await gateway.close();
      }
    } finally {
      await fresh.cleanup();
    }
  }, START_TIMEOUT);
});
