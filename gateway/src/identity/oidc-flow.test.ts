import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, pkcePair } from '../test-support/browser.js';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { beginSignIn, refresh, tokenFor } from '../test-support/tokens.js';

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('the embedded OpenID provider', () => {
  let harness: IdentityTestGateway;
  let url: string;
  let issuer: string;
  let authBase: string;

  beforeAll(async () => {
    harness = await startIdentityGateway();
    url = harness.gateway.url;
    issuer = `${url}/realms/portal`;
    authBase = `${issuer}/protocol/openid-connect`;
  }, START_TIMEOUT);
  afterAll(() => harness?.close());

  /** An authorization request as keycloak-js makes it, with extra or replaced parameters. */
  function authUrl(params: Record<string, string> = {}): string {
    const { challenge } = pkcePair();
    const query = new URLSearchParams({
      client_id: 'shell', redirect_uri: `${url}/`, response_type: 'code', response_mode: 'fragment', scope: 'openid',
      state: 's1', code_challenge: challenge, code_challenge_method: 'S256', ...params,
    });
    return `${authBase}/auth?${query}`;
  }

  it('tells keycloak-js where to sign in (GET /api/portal → auth)', async () => {
    const portal = (await (await fetch(`${url}/api/portal`)).json()) as { auth: unknown };
    expect(portal.auth).toEqual({ url, realm: 'portal', clientId: 'shell' });
  });

  it('completes discovery and a code + PKCE flow with openid-client (a certified relying party)', async () => {
    const config = await oidc.discovery(new URL(issuer), 'shell', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    expect(config.serverMetadata()).toMatchObject({
      issuer,
      authorization_endpoint: `${authBase}/auth`,
      token_endpoint: `${authBase}/token`,
      end_session_endpoint: `${authBase}/logout`,
      userinfo_endpoint: `${authBase}/userinfo`,
      jwks_uri: `${authBase}/certs`,
      code_challenge_methods_supported: ['S256'],
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const redirectUri = `${url}/m/notes`;
    const start = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri, scope: 'openid', state, nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    const browser = new TestBrowser();
    const login = await browser.follow(start.href);
    expect(login.url).toMatch(`${issuer}/login-actions/`);
    const form = new URLSearchParams({ national_id: '001090000002', password: 'Demo@2026' });
    const back = await browser.follow(login.url, { method: 'POST', body: form }, (location) => location.startsWith(`${redirectUri}?`));
    const tokens = await oidc.authorizationCodeGrant(config, new URL(back.url), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    expect(tokens.claims()).toMatchObject({ iss: issuer, aud: 'shell', name: 'Lò Thị Bình', national_id: '001090000002' });
    expect(tokens.refresh_token).toBeTruthy();
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info).toMatchObject({ name: 'Lò Thị Bình', national_id: '001090000002', identity_level: 2, roles: ['citizen'] });
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });

  it('issues JWT access tokens with the contract claims for citizens, businesses and officers', async () => {
    const citizen = claimsOf((await tokenFor(url, '001090000003')).accessToken);
    expect(citizen).toMatchObject({
      iss: issuer, aud: 'portal-api', azp: 'shell', name: 'Quàng Văn Cường', national_id: '001090000003',
      identity_level: 1, roles: ['citizen'], realm_access: { roles: ['citizen'] }, units: [],
    });
    expect(Number(citizen.exp) - Number(citizen.iat)).toBe(300);
    const business = await tokenFor(url, '001090000004', undefined, { taxCode: '5600123456' });
    expect(claimsOf(business.accessToken)).toMatchObject({ roles: ['business'], birthdate: '1985-05-09', address: { formatted: expect.stringContaining('Hoàng Văn Thái') }, org: { tax_code: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' } });
    const lead = claimsOf((await tokenFor(url, '001090000014')).accessToken);
    expect(lead).toMatchObject({ roles: ['officer', 'unit_lead'], units: ['phong-qldt-tp-dbp'] });
    // keycloak-js decodes the refresh token too: it must be JWT-shaped.
    expect(claimsOf(business.refreshToken)).toMatchObject({ typ: 'Refresh', azp: 'shell' });
  });

  it('rotates refresh tokens: each one works once, a reused one is refused', async () => {
    const first = await tokenFor(url, '001090000001');
    const used = await refresh(url, first.refreshToken);
    expect(used.status).toBe(200);
    const second = (await used.json()) as { refresh_token: string; access_token: string };
    expect(second.refresh_token).not.toBe(first.refreshToken);
    const reused = await refresh(url, first.refreshToken);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('ends the session on RP-initiated logout: a later refresh fails and prompt=none asks to sign in', async () => {
    const browser = new TestBrowser();
    const tokens = await tokenFor(url, '001090000001', undefined, { browser });
    // Signed in: a silent check-sso (prompt=none) gets a code without any page.
    const silent = await browser.fetch(authUrl({ prompt: 'none', redirect_uri: `${url}/silent-check-sso.html` }));
    expect(silent.status).toBe(303);
    expect(silent.headers.get('location')).toMatch(new RegExp(`^${url}/silent-check-sso\\.html#code=`));

    const query = new URLSearchParams({ client_id: 'shell', id_token_hint: tokens.idToken, post_logout_redirect_uri: `${url}/` });
    const confirm = await browser.fetch(`${authBase}/logout?${query}`);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('data-auto'); // logout.js confirms at once when the portal sent id_token_hint
    const action = /<form[^>]*action="([^"]+)"/.exec(page)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)![1]!;
    const done = await browser.fetch(new URL(action, url).toString(), { method: 'POST', body: new URLSearchParams({ xsrf, logout: 'yes' }) });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${url}/`);

    expect((await refresh(url, tokens.refreshToken)).status).toBe(400);
    const after = await browser.fetch(authUrl({ prompt: 'none' }));
    expect(after.headers.get('location')).toMatch(new RegExp(`^${url}/#error=login_required`));
  });

  it('answers prompt=none without a session with login_required', async () => {
    const res = await fetch(authUrl({ prompt: 'none' }), { redirect: 'manual' });
    expect(res.status).toBe(303);
    const fragment = new URLSearchParams(new URL(res.headers.get('location')!).hash.slice(1));
    expect(fragment.get('error')).toBe('login_required');
    expect(fragment.get('state')).toBe('s1');
  });

  it('refuses redirect URIs outside the shell, and requests without PKCE S256', async () => {
    for (const redirect of ['https://evil.example/', `${url}/api/modules`, `${url.replace('127.0.0.1', 'localhost')}/`]) {
      const res = await fetch(authUrl({ redirect_uri: redirect }), { redirect: 'manual' });
      expect(res.status, redirect).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('redirect_uri');
    }
    const plain = await fetch(authUrl({ code_challenge_method: 'plain' }), { redirect: 'manual' });
    expect(new URLSearchParams(new URL(plain.headers.get('location')!).hash.slice(1)).get('error')).toBe('invalid_request');
    const none = new URL(authUrl());
    none.searchParams.delete('code_challenge');
    none.searchParams.delete('code_challenge_method');
    const missing = await fetch(none, { redirect: 'manual' });
    expect(new URLSearchParams(new URL(missing.headers.get('location')!).hash.slice(1)).get('error')).toBe('invalid_request');
  });

  it('serves a Vietnamese-first sign-in page with an English switch, two tabs and a strict CSP', async () => {
    const browser = new TestBrowser();
    const flow = await beginSignIn(url, browser);
    const vi = await browser.fetch(flow.loginUrl);
    expect(vi.headers.get('content-security-policy')).toContain("script-src 'self'");
    const viPage = await vi.text();
    expect(viPage).toContain('<html lang="vi">');
    expect(viPage).toContain('<label for="national_id">Số định danh cá nhân</label>');
    expect(viPage).toContain('<label for="password">Mật khẩu</label>');
    expect(viPage).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(viPage).not.toMatch(/\sstyle=|<style/);
    const en = await (await browser.fetch(`${flow.loginUrl}?lang=en&tab=business`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('aria-current="page">Business account</a>');
    expect(en).toContain('<label for="tax_code">Enterprise&#39;s tax code</label>');
    const css = await fetch(`${url}/realms/portal/login-resources/login.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('lets the silent check-sso iframe frame the auth endpoint and nothing else', async () => {
    const auth = await fetch(authUrl({ prompt: 'none' }), { redirect: 'manual' });
    expect(auth.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(auth.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const silent = await fetch(`${url}/silent-check-sso.html`);
    expect(silent.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    for (const path of ['/api/portal', '/', '/realms/portal/protocol/openid-connect/certs']) {
      const res = await fetch(`${url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('explains sign-in errors and refuses a business sign-in with another tax code', async () => {
    const flow = await beginSignIn(url);
    const wrong = await flow.submit('001090000005', 'not-the-password');
    expect((wrong as Response).status).toBe(401);
    expect(await (wrong as Response).text()).toContain('Số định danh hoặc mật khẩu không đúng');
    const malformed = await flow.submit('12345', 'Demo@2026');
    expect(await (malformed as Response).text()).toContain('phải gồm đúng 12 chữ số');
    const otherOrg = await flow.submit('001090000005', 'Demo@2026', '0100000000');
    expect((otherOrg as Response).status).toBe(401);
    expect(await (otherOrg as Response).text()).toContain('không phải người đại diện');
    const code = await flow.submit('001090000005', 'Demo@2026', '5600123456');
    expect(typeof code).toBe('string');
  });

  it('throttles an account after 5 wrong passwords, in the database, until the lock ends', async () => {
    const flow = await beginSignIn(url);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(((await flow.submit('001090000002', `wrong-${attempt}`)) as Response).status).toBe(401);
    }
    const fifth = (await flow.submit('001090000002', 'wrong-5')) as Response;
    expect(fifth.status).toBe(429);
    expect(await fifth.text()).toMatch(/Tài khoản tạm khoá .* thử lại sau \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
    const sixth = (await flow.submit('001090000002', 'Demo@2026')) as Response;
    expect(sixth.status).toBe(429);
    // Another "instance" sees the same lock: it is a row, not process memory.
    const { rows } = (await harness.gateway.opened.database.db.execute(
      "select locked_until > now() + interval '14 minutes' as locked from platform.accounts where national_id = '001090000002'" as never,
    )) as unknown as { rows: Array<{ locked: boolean }> };
    expect(rows[0]!.locked).toBe(true);
    await harness.gateway.opened.database.db.execute(
      "update platform.accounts set locked_until = now() - interval '1 second' where national_id = '001090000002'" as never,
    );
    expect(typeof (await flow.submit('001090000002', 'Demo@2026'))).toBe('string');
  });
});
