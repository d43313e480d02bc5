import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModuleApi } from '../api.js';
import { getCaller, requireRole } from '../auth/middleware.js';
import { AUDIENCE, startLocalIssuer, type LocalIssuer } from '../auth/local-issuer.fixture.js';
import { createTokenVerifier } from '../auth/token-verifier.js';
import { defineModule } from '../contract.js';
import { testCaller } from './callers.js';
import { startModuleApi, type ModuleApiHarness } from './start-module-api.js';

const whoAmI = createRoute({
  method: 'get',
  path: '/me',
  middleware: [requireRole('officer')],
  responses: { 200: { description: 'The caller', content: { 'application/json': { schema: z.object({ sub: z.string(), units: z.array(z.string()) }) } } } },
});

const who = defineModule({
  id: 'who',
  version: '0.1.0',
  names: { vi: 'Tôi là ai', en: 'Who am I' },
  icon: 'user',
  audience: 'public',
  order: 1,
  api: () => {
    const api = createModuleApi();
    api.openapi(whoAmI, (c) => {
      const caller = getCaller(c)!;
      return c.json({ sub: caller.sub, units: [...caller.units] }, 200);
    });
    return api;
  },
});

describe('startModuleApi', () => {
  let issuer: LocalIssuer;
  let api: ModuleApiHarness;

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    api = await startModuleApi(who, { verifier: createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE }) });
  });
  afterAll(async () => {
    await api?.close();
    await issuer?.close();
  });

  it('acts as the caller given with `as`, without any token', async () => {
    const officer = testCaller({ sub: 'officer-11', roles: ['officer'], units: ['ubnd-phuong-him-lam'] });
    const res = await api.request('/api/who/me', undefined, { as: officer });
    expect(await res.json()).toEqual({ sub: 'officer-11', units: ['ubnd-phuong-him-lam'] });
    expect((await api.request('/api/who/me', undefined, { as: testCaller({ roles: ['citizen'] }) })).status).toBe(403);
  });

  it('is anonymous without `as`, and never carries a caller over to the next request', async () => {
    await api.request('/api/who/me', undefined, { as: testCaller({ roles: ['officer'] }) });
    const res = await api.request('/api/who/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('verifies real bearer tokens when given a verifier', async () => {
    const token = await issuer.sign({ sub: 'officer-12', roles: ['officer'], units: ['phong-qldt-tp-dbp'] });
    const res = await api.request('/api/who/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toEqual({ sub: 'officer-12', units: ['phong-qldt-tp-dbp'] });
    const bad = await api.request('/api/who/me', { headers: { authorization: 'Bearer x.y.z' } });
    expect(bad.status).toBe(401);
  });
});
