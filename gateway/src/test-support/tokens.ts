import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../identity/demo-accounts.js';
import { TestBrowser, pkcePair } from './browser.js';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
}

export interface SignInOptions {
  /** Sign in on the "business account" tab with this tax code. */
  taxCode?: string;
  /** Where the shell would come back to; default <gateway>/. */
  redirectUri?: string;
  /** Reuse a browser (its provider session cookie) across sign-ins. */
  browser?: TestBrowser;
}

/**
 * Real tokens for a demo account from the gateway's embedded provider, through the same HTTP flow a
 * browser and keycloak-js go through: authorization request with PKCE S256 → the sign-in form post →
 * redirects → code → token exchange. No shortcut: what it returns, the gateway verifies for real.
 * @example const { accessToken } = await tokenFor(gateway.url, '001090000001');
 */
export async function tokenFor(gatewayUrl: string, nationalId: string, password = DEMO_PASSWORD, options: SignInOptions = {}): Promise<IssuedTokens> {
  const browser = options.browser ?? new TestBrowser();
  const flow = await beginSignIn(gatewayUrl, browser, options.redirectUri);
  const code = await flow.submit(nationalId, password, options.taxCode);
  if (typeof code !== 'string') throw new Error(`Sign-in as ${nationalId} failed with ${code.status}: ${await code.text()}`);
  return flow.exchange(code);
}

export interface SignInFlow {
  /** The sign-in page the provider sent the browser to. */
  loginUrl: string;
  authBase: string;
  clientId: string;
  redirectUri: string;
  /** Posts the form; returns the authorization code, or the page answered instead (a failed sign-in). */
  submit(nationalId: string, password: string, taxCode?: string): Promise<string | Response>;
  exchange(code: string): Promise<IssuedTokens>;
}

/** Starts an authorization request like keycloak-js (code + PKCE S256, fragment response mode). */
export async function beginSignIn(gatewayUrl: string, browser = new TestBrowser(), redirectUri = `${gatewayUrl}/`): Promise<SignInFlow> {
  const { auth } = (await (await fetch(`${gatewayUrl}/api/portal`)).json()) as { auth: { url: string; realm: string; clientId: string } };
  const authBase = `${auth.url}/realms/${auth.realm}/protocol/openid-connect`;
  const { verifier, challenge } = pkcePair();
  const query = new URLSearchParams({
    client_id: auth.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const start = await browser.follow(`${authBase}/auth?${query}`);
  if (start.response.status !== 200) throw new Error(`The authorization request answered ${start.response.status}: ${await start.response.text()}`);
  await start.response.arrayBuffer();
  const codeOf = (location: string) => new URLSearchParams(new URL(location).hash.slice(1)).get('code');
  return {
    loginUrl: start.url,
    authBase,
    clientId: auth.clientId,
    redirectUri,
    async submit(nationalId, password, taxCode) {
      const form = new URLSearchParams({ tab: taxCode ? 'business' : 'citizen', national_id: nationalId, password, ...(taxCode ? { tax_code: taxCode } : {}) });
      const backAtApp = (location: string) => location.split('#')[0] === redirectUri;
      const posted = await browser.follow(start.url, { method: 'POST', body: form }, backAtApp);
      const code = backAtApp(posted.url) ? codeOf(posted.url) : null;
      return code ?? posted.response;
    },
    async exchange(code) {
      const response = await fetch(`${authBase}/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: auth.clientId, code_verifier: verifier }),
      });
      const body = (await response.json()) as { access_token: string; refresh_token: string; id_token: string; error?: string };
      if (!response.ok) throw new Error(`The token exchange answered ${response.status}: ${JSON.stringify(body)}`);
      return { accessToken: body.access_token, refreshToken: body.refresh_token, idToken: body.id_token };
    },
  };
}

/** The refresh_token grant as keycloak-js sends it; the raw response, so tests can check refusals. */
export function refresh(gatewayUrl: string, refreshToken: string, realm = 'portal', clientId = 'shell'): Promise<Response> {
  return fetch(`${gatewayUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }),
  });
}
