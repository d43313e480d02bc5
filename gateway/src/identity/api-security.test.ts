import { SignJWT, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGateway } from '../gateway.js';
import { prepareTestGateway } from '../test-support/test-gateway.js';
import { OFFICE_MODULE_ID, startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { tokenFor } from '../test-support/tokens.js';

const CITIZEN = '001090000001';
const OFFICER = '001090000013';
const ADMIN = '001090000099';

describe('bearer tokens on the API: the security matrix', () => {
  let harness: IdentityTestGateway;
  let url: string;
  const tokens: Record<string, string> = {};
  /** The provider's real signing key, to prove each claim check on its own (never for a passing token). */
  let signingKey: { jwk: JWK; key: Awaited<ReturnType<typeof importJWK>> };

  beforeAll(async () => {
    harness = await startIdentityGateway();
    url = harness.gateway.url;
    for (const id of [CITIZEN, OFFICER, ADMIN]) tokens[id] = (await tokenFor(url, id)).accessToken;
    const { rows } = (await harness.gateway.opened.database.db.execute(
      "select material from platform.identity_keys where use = 'sig' and retired_at is null" as never,
    )) as unknown as { rows: Array<{ material: JWK }> };
    signingKey = { jwk: rows[0]!.material, key: await importJWK(rows[0]!.material, 'RS256') };
  }, START_TIMEOUT);
  afterAll(() => harness?.close());

  const get = (path: string, token?: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, { ...init, headers: token === undefined ? {} : { authorization: token.includes(' ') ? token : `Bearer ${token}` } });

  /** A token signed with the real key whose claims differ from a real one in exactly one way. */
  async function variant(change: Record<string, unknown>): Promise<string> {
    const real = JSON.parse(Buffer.from(tokens[CITIZEN]!.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    return new SignJWT({ ...real, ...change }).setProtectedHeader({ alg: 'RS256', kid: signingKey.jwk.kid!, typ: 'at+jwt' }).sign(signingKey.key);
  }

  it('accepts a real token and hands the caller to the module', async () => {
    const res = await get('/api/notes/me', tokens[CITIZEN]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Nguyễn Văn An', roles: ['citizen'] });
  });

  it('answers 401 problem+json to missing, malformed, tampered, foreign, expired and unsigned tokens', async () => {
    const real = tokens[CITIZEN]!;
    const [header, payload, signature] = real.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['admin'], realm_access: { roles: ['admin'] } })).toString('base64url')}.${signature}`;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, string | undefined> = {
      'no Authorization header': undefined,
      'a non-Bearer scheme': `Basic ${Buffer.from('001090000001:Demo@2026').toString('base64')}`,
      'not a JWT': 'not-a-token',
      'a tampered payload': tampered,
      'a tampered signature': `${header}.${payload}.${signature!.slice(0, -4)}AAAA`,
      'a wrong issuer': await variant({ iss: 'https://evil.example/realms/portal' }),
      'a wrong audience': await variant({ aud: 'another-api' }),
      'an expired token': await variant({ iat: now - 900, exp: now - 600 }),
      'alg none': unsigned,
    };
    for (const [label, token] of Object.entries(cases)) {
      const res = await get('/api/notes/me', token);
      expect(res.status, label).toBe(401);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      if (token !== undefined) expect(res.headers.get('www-authenticate'), label).toBe('Bearer error="invalid_token"');
    }
    // A bad token is never downgraded to anonymous, not even on public routes.
    expect((await get('/api/modules', tampered)).status).toBe(401);
  });

  it('answers 403 to a signed-in caller without the role, and lets the role through', async () => {
    const citizen = await get('/api/notes/items', tokens[CITIZEN], { method: 'DELETE' });
    expect(citizen.status).toBe(403);
    expect(await citizen.json()).toMatchObject({ type: '/problems/forbidden', status: 403 });
    expect((await get('/api/notes/items', undefined, { method: 'DELETE' })).status).toBe(401);
    expect((await get('/api/notes/items', tokens[ADMIN], { method: 'DELETE' })).status).toBe(204);
  });

  it('lists the officers-only module only to officers', async () => {
    const ids = async (token?: string) =>
      ((await (await get('/api/modules', token)).json()) as { modules: Array<{ id: string }> }).modules.map((module) => module.id);
    expect(await ids()).toEqual(['notes']);
    expect(await ids(tokens[CITIZEN])).toEqual(['notes']);
    expect(await ids(tokens[ADMIN])).toEqual(['notes']);
    expect(await ids(tokens[OFFICER])).toEqual(['notes', OFFICE_MODULE_ID]);
  });

  it('answers 404 from the officers-only API to anyone outside its audience, before the module runs', async () => {
    for (const [label, token] of [['anonymous', undefined], ['citizen', tokens[CITIZEN]], ['admin', tokens[ADMIN]]] as const) {
      const res = await get(`/api/${OFFICE_MODULE_ID}/items`, token);
      expect(res.status, label).toBe(404);
      expect(await res.json(), label).toMatchObject({ type: '/problems/not-found' });
    }
    const officer = await get(`/api/${OFFICE_MODULE_ID}/items`, tokens[OFFICER]);
    expect(officer.status).toBe(200);
  });

  it('keeps operator routes on the operator token', async () => {
    const res = await get('/api/platform/modules', harness.gateway.opened.operatorToken);
    expect(res.status).toBe(200);
    expect((await get('/api/platform/modules', tokens[ADMIN])).status).toBe(401);
  });

  it('switches to an external realm with OIDC_ISSUER: verifies its tokens by remote JWKS and mounts no provider', async () => {
    // This gateway's embedded provider plays the external Keycloak for a second gateway.
    const setup = await prepareTestGateway();
    const external = await openGateway(setup.options({ oidc: { issuer: `${url}/realms/portal` }, demoAccounts: true }));
    try {
      const portal = (await (await external.app.request('/api/portal')).json()) as { auth: unknown };
      expect(portal.auth).toEqual({ url, realm: 'portal', clientId: 'shell' });
      const me = await external.app.request('/api/notes/me', { headers: { authorization: `Bearer ${tokens[OFFICER]}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ name: 'Lò Văn Minh', roles: ['officer'] });
      const forged = await external.app.request('/api/notes/me', { headers: { authorization: `Bearer ${await variant({ iss: 'https://evil.example' })}` } });
      expect(forged.status).toBe(401);
      const discovery = await external.app.request('/realms/portal/.well-known/openid-configuration');
      expect(discovery.headers.get('content-type')).not.toContain('application/json');
      const accounts = (await external.database.db.execute('select count(*)::int as n from platform.accounts' as never)) as unknown as { rows: Array<{ n: number }> };
      expect(accounts.rows[0]!.n).toBe(0);
    } finally {
      await external.close();
      await setup.cleanup();
    }
  }, START_TIMEOUT);
});
