import { randomBytes } from 'node:crypto';
import type { Db } from '@portal/module-kit';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { accountClaims, findAccountById } from './accounts.js';
import { LOGIN_TEXT, pickLang } from './login-text.js';
import { html, page, renderMessagePage } from './login-page.js';
import { databaseAdapter } from './oidc-adapter.js';
import { OIDC_PATHS, TOKEN_TTL } from './oidc-paths.js';
import type { ProviderKeys } from './identity-keys.js';
import { isShellRedirectUri } from './redirect-uris.js';

export interface EmbeddedProviderOptions {
  db: Db;
  issuer: string;
  publicUrl: string;
  realm: string;
  clientId: string;
  audience: string;
  keys: ProviderKeys;
}

/**
 * The embedded OpenID provider (oidc-provider, certified): authorization code + PKCE S256 for the
 * one public client, JWT access tokens for the portal API, session-bound refresh tokens rotated on
 * every use, RP-initiated logout. State lives in the database (see oidc-adapter.ts).
 */
export function createEmbeddedProvider(options: EmbeddedProviderOptions): Provider {
  const { db, issuer, publicUrl, realm, clientId, audience } = options;
  /** resourceIndicators needs a URI; the token's `aud` is the configured audience name. */
  const apiResource = `${issuer}/api`;
  const resources = `/realms/${realm}/login-resources`;
  const secure = new URL(publicUrl).protocol === 'https:';
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure };

  const configuration: Configuration = {
    adapter: databaseAdapter(db),
    clients: [
      {
        client_id: clientId,
        client_name: 'Portal shell',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${publicUrl}/`],
        post_logout_redirect_uris: [`${publicUrl}/`],
      },
    ],
    jwks: options.keys.jwks as Configuration['jwks'],
    cookies: { keys: options.keys.cookieKeys, long: cookie, short: cookie },
    routes: OIDC_PATHS,
    scopes: ['openid', 'offline_access', 'profile'],
    // keycloak-js asks for `openid` only; the ID token then still names the person (as Keycloak's does).
    claims: { openid: ['sub', 'name', 'national_id', 'identity_level', 'roles', 'realm_access', 'units', 'org'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: TOKEN_TTL,
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      revocation: { enabled: true },
      // The built-in userinfo refuses JWT access tokens; mount-identity.ts serves the same path.
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => apiResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== apiResource) throw new Error('unknown resource');
          return { scope: 'openid profile', audience, accessTokenFormat: 'jwt', accessTokenTTL: TOKEN_TTL.AccessToken, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    discovery: { userinfo_endpoint: `${issuer}${OIDC_PATHS.userinfo}` },
    interactions: { url: (_ctx, interaction) => `/realms/${realm}/login-actions/${interaction.uid}` },
    // First-party client: no consent screen; the grant covers what was asked for.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client!.clientId);
      const grant = grantId ? await oidc.provider.Grant.find(grantId) : new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      if (!grant) return undefined;
      const scopes = [...(oidc.requestParamScopes as Set<string>)].filter((scope) => scope === 'openid' || scope === 'profile' || scope === 'offline_access');
      grant.addOIDCScope(['openid', ...scopes].join(' '));
      grant.addResourceScope(apiResource, 'openid profile');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const account = await findAccountById(db, sub);
      if (!account) return undefined;
      return { accountId: account.id, claims: () => ({ sub: account.id, ...accountClaims(account) }) };
    },
    extraTokenClaims: async (_ctx, token) => {
      if (!('accountId' in token) || typeof token.accountId !== 'string') return undefined;
      const account = await findAccountById(db, token.accountId);
      return account ? { azp: token.clientId, ...accountClaims(account) } : undefined;
    },
    // keycloak-js has no offline_access: refresh tokens for every code exchange, bound to the session.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    renderError: async (ctx, out) => {
      const lang = pickLang(ctx.query.lang as string | undefined, ctx.cookies.get('lang'));
      ctx.type = 'html';
      ctx.body = renderMessagePage(lang, resources, LOGIN_TEXT[lang].errorHeading, `${out.error}: ${out.error_description ?? ''}`, `${publicUrl}/`);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true; // behind a TLS-terminating proxy, X-Forwarded-Proto/Host give the public URL

  // OIDC forbids wildcards; the shell may return to any of its own pages (see redirect-uris.ts).
  provider.Client.prototype.redirectUriAllowed = function (value: string) {
    return this.clientId === clientId && isShellRedirectUri(publicUrl, value);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (value: string) {
    return this.clientId === clientId && isShellRedirectUri(publicUrl, value);
  };
  makeRefreshTokensJwtShaped(provider);
  return provider;

  async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
    const lang = pickLang(ctx.query.lang as string | undefined, ctx.cookies.get('lang'));
    const t = LOGIN_TEXT[lang];
    // With a valid id_token_hint the portal itself asked to sign out: logout.js confirms at once.
    const auto = ctx.oidc.params?.id_token_hint ? ' data-auto' : '';
    ctx.type = 'html';
    ctx.body = page(lang, t.logoutHeading, resources, `<h1>${html(t.logoutHeading)}</h1>
<p>${html(t.logoutQuestion)}</p>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout"${auto}>${html(t.logoutYes)}</button>
<button type="submit" form="op.logoutForm" class="secondary">${html(t.logoutNo)}</button>`, 'logout.js');
  }

  async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
    const lang = pickLang(ctx.query.lang as string | undefined, ctx.cookies.get('lang'));
    const t = LOGIN_TEXT[lang];
    ctx.type = 'html';
    ctx.body = renderMessagePage(lang, resources, t.logoutHeading, t.loggedOut, `${publicUrl}/`);
  }
}

/**
 * keycloak-js decodes the refresh token as a JWT ("Unable to decode token" otherwise), while
 * oidc-provider's are opaque random ids. Give them a JWT shape: a header, a small informational
 * payload and 256 random bits; the value is still only a database key (nothing trusts its payload).
 */
function makeRefreshTokensJwtShaped(provider: Provider): void {
  const header = Buffer.from(JSON.stringify({ typ: 'Refresh' })).toString('base64url');
  Object.defineProperty(provider.RefreshToken.prototype, 'generateTokenId', {
    configurable: true,
    value: function generateTokenId(this: { expiration?: number; clientId?: string; sessionUid?: string }) {
      const iat = Math.floor(Date.now() / 1000);
      const body = { typ: 'Refresh', iat, exp: iat + (this.expiration ?? TOKEN_TTL.RefreshToken), azp: this.clientId };
      return `${header}.${Buffer.from(JSON.stringify(body)).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    },
  });
}
