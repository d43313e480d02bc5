import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryEntry } from '@portal/module-kit';
import { openGateway, type OpenedGateway } from '../gateway.js';
import { notesModule } from '../test-support/fixture-modules.js';
import { writeFakeRemote } from '../test-support/fake-builds.js';
import { START_TIMEOUT, prepareTestGateway, type TestGatewaySetup } from '../test-support/test-gateway.js';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { REGISTRY_CACHE_MS } from './registry-cache.js';

describe('GET /api/modules and /api/portal', () => {
  let setup: TestGatewaySetup;
  let gateway: OpenedGateway;

  beforeAll(async () => {
    setup = await prepareTestGateway();
    // A second module only officers may see: anonymous callers must not get it.
    const officersDist = join(setup.dataDir, '..', 'officers-dist');
    await writeFakeRemote(officersDist, { id: 'officer-notes', version: '1.2.0' });
    const officerNotes = { ...notesModule({ distFolder: officersDist, audience: ['officer'], id: 'officer-notes' }), db: undefined };
    gateway = await openGateway(
      setup.options({
        modules: [...setup.modules, officerNotes],
        publicUrl: 'https://portal.example',
        branding: {
          name: { vi: 'Cổng Thử Nghiệm', en: 'Test Portal' },
          province: { vi: 'Tỉnh Thử', en: 'Test Province' },
        },
      }),
    );
  }, START_TIMEOUT);
  afterAll(async () => {
    await gateway?.close();
    await setup?.cleanup();
  });

  it('lists the enabled public modules with their remote entry in the store', async () => {
    const res = await gateway.app.request('/api/modules');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { modules: RegistryEntry[] };
    expect(body.modules).toEqual([
      {
        id: 'notes',
        version: '0.1.0',
        names: { vi: 'Ghi chú', en: 'Notes' },
        descriptions: { vi: 'Mô-đun thử nghiệm', en: 'A test module' },
        icon: 'document',
        order: 20,
        remote: { name: 'portal_notes', entry: '/m/notes/0.1.0/mf-manifest.json' },
      },
    ]);
  });

  it('serves the remote entry the registry points at', async () => {
    const res = await gateway.app.request('/m/notes/0.1.0/mf-manifest.json');
    expect(res.status).toBe(200);
  });

  it('answers branding and where to sign in from the configuration', async () => {
    const res = await gateway.app.request('/api/portal');
    expect(await res.json()).toEqual({
      name: { vi: 'Cổng Thử Nghiệm', en: 'Test Portal' },
      province: { vi: 'Tỉnh Thử', en: 'Test Province' },
      auth: { url: 'https://portal.example', realm: 'portal', clientId: 'shell' },
    });
  });

  it('shows a change another gateway instance made within the cache period', async () => {
    // as a second instance behind the load balancer would: straight into the shared table
    await gateway.database.db.execute(sql`update platform.modules set enabled = false where id = 'notes'`);
    await new Promise((resolve) => setTimeout(resolve, REGISTRY_CACHE_MS + 50));
    const body = (await (await gateway.app.request('/api/modules')).json()) as { modules: RegistryEntry[] };
    expect(body.modules.map((module) => module.id)).toEqual([]);
    await gateway.database.db.execute(sql`update platform.modules set enabled = true where id = 'notes'`);
  });
});
