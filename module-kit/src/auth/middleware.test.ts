import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemErrorHandler } from '../problem.js';
import { isOwner } from './caller.js';
import { AUDIENCE, startLocalIssuer, type LocalIssuer } from './local-issuer.fixture.js';
import { authenticate, getCaller, requireAuth, requireRole, requireUnit } from './middleware.js';
import { createTokenVerifier } from './token-verifier.js';

let issuer: LocalIssuer;
let app: Hono;

beforeAll(async () => {
  issuer = await startLocalIssuer();
  app = new Hono();
  app.onError(problemErrorHandler());
  app.use('*', authenticate(createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE })));
  app.get('/public', (c) => c.json({ caller: getCaller(c)?.sub ?? null }));
  app.get('/mine', requireAuth(), (c) => c.json({ sub: getCaller(c)!.sub }));
  app.get('/admin', requireRole('admin'), (c) => c.text('ok'));
  app.get('/desk', requireRole('officer', 'unit_lead'), (c) => c.text('ok'));
  app.get('/units/:unit', requireUnit((c) => c.req.param('unit')), (c) => c.text('ok'));
  app.get('/records/:owner', (c) => c.json({ owner: isOwner(getCaller(c), c.req.param('owner')) }));
});
afterAll(() => issuer?.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function expectProblem(response: Response, status: number, wwwAuthenticate?: string | null) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  if (wwwAuthenticate !== undefined) expect(response.headers.get('www-authenticate')).toBe(wwwAuthenticate);
  const body = (await response.json()) as { status: number; type: string; detail: string };
  expect(body.status).toBe(status);
  return body;
}

describe('authenticate', () => {
  it('lets a request without Authorization through as anonymous', async () => {
    const res = await app.request('/public');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ caller: null });
  });

  it('sets the caller from a valid bearer token (scheme case-insensitive)', async () => {
    const token = await issuer.sign({ sub: 'citizen-1', roles: ['citizen'] });
    expect(await (await app.request('/public', bearer(token))).json()).toEqual({ caller: 'citizen-1' });
    const lower = await app.request('/public', { headers: { authorization: `bearer ${token}` } });
    expect(await lower.json()).toEqual({ caller: 'citizen-1' });
  });

  it.each([
    ['a Basic credential', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer', 'Bearer '],
    ['a token with spaces', 'Bearer abc def'],
    ['a garbage token', 'Bearer not.a.jwt'],
  ])('answers %s with 401 invalid_token, not anonymous access', async (_label, header) => {
    const res = await app.request('/public', { headers: { authorization: header } });
    await expectProblem(res, 401, 'Bearer error="invalid_token"');
  });

  it('answers an expired or wrong-audience token with 401 invalid_token even on a public route', async () => {
    const expired = await issuer.sign({ exp: Math.floor(Date.now() / 1000) - 3600 });
    const body = await expectProblem(await app.request('/public', bearer(expired)), 401, 'Bearer error="invalid_token"');
    expect(body).toMatchObject({ type: '/problems/unauthorized', detail: 'The access token has expired.' });
    const otherAudience = await issuer.sign({ aud: 'shell' });
    await expectProblem(await app.request('/public', bearer(otherAudience)), 401, 'Bearer error="invalid_token"');
  });

  it('answers 503 when the key set cannot be fetched', async () => {
    const offline = new Hono();
    offline.use('*', authenticate(createTokenVerifier({ issuer: issuer.issuer, audience: AUDIENCE, jwksUri: 'http://127.0.0.1:1/certs' })));
    offline.get('/x', (c) => c.text('ok'));
    const res = await offline.request('/x', bearer(await issuer.sign()));
    await expectProblem(res, 503);
    expect(res.headers.get('retry-after')).toBe('5');
  });
});

describe('requireAuth / requireRole / requireUnit', () => {
  it('answers anonymous callers 401 with a bare Bearer challenge', async () => {
    for (const path of ['/mine', '/admin', '/units/ubnd-phuong-him-lam']) {
      const body = await expectProblem(await app.request(path), 401, 'Bearer');
      expect(body.type).toBe('/problems/unauthorized');
    }
  });

  it('lets a signed-in caller use requireAuth routes', async () => {
    const res = await app.request('/mine', bearer(await issuer.sign({ sub: 'c-9' })));
    expect(await res.json()).toEqual({ sub: 'c-9' });
  });

  it('answers 403 to a caller without the role, naming the roles needed', async () => {
    const citizen = await issuer.sign({ roles: ['citizen'] });
    const body = await expectProblem(await app.request('/admin', bearer(citizen)), 403, null);
    expect(body).toMatchObject({ type: '/problems/forbidden', detail: 'This needs one of the roles: admin.' });
  });

  it('accepts any one of several roles, from `roles` or `realm_access.roles`', async () => {
    const lead = await issuer.sign({ realm_access: { roles: ['unit_lead'] } });
    expect((await app.request('/desk', bearer(lead))).status).toBe(200);
    const admin = await issuer.sign({ roles: ['admin'] });
    expect((await app.request('/admin', bearer(admin))).status).toBe(200);
    const fakeRole = await issuer.sign({ roles: ['Admin', 'superuser'] });
    expect((await app.request('/admin', bearer(fakeRole))).status).toBe(403);
  });

  it('lets officers into their own unit only, and admins into any', async () => {
    const officer = await issuer.sign({ roles: ['officer'], units: ['ubnd-phuong-him-lam'] });
    expect((await app.request('/units/ubnd-phuong-him-lam', bearer(officer))).status).toBe(200);
    await expectProblem(await app.request('/units/dien-luc-tp-dbp', bearer(officer)), 403);
    const admin = await issuer.sign({ roles: ['admin'] });
    expect((await app.request('/units/dien-luc-tp-dbp', bearer(admin))).status).toBe(200);
  });

  it('tells owners from others with isOwner', async () => {
    const token = await issuer.sign({ sub: 'owner-1' });
    expect(await (await app.request('/records/owner-1', bearer(token))).json()).toEqual({ owner: true });
    expect(await (await app.request('/records/owner-2', bearer(token))).json()).toEqual({ owner: false });
    expect(await (await app.request('/records/owner-1')).json()).toEqual({ owner: false });
  });
});
