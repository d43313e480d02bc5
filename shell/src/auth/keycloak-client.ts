// The auth chunk: keycloak-js and everything that needs it. Loaded only when there may be a
// session (hint, or coming back from the sign-in page) or when the user asks to sign in.
import Keycloak from 'keycloak-js';
import type { AuthClient, AuthConfig, ConnectAuth } from './auth-client.js';
import { userFromClaims } from './user-from-claims.js';

/** Refresh this long before the access token expires (tokens live 5 minutes). */
const REFRESH_MARGIN_SECONDS = 60;
/** After a refresh that failed for lack of network, try again this much later. */
const RETRY_SECONDS = 30;

const home = () => `${location.origin}/`;

/**
 * Endpoints in Keycloak's layout, given as provider metadata: keycloak-js then skips its
 * third-party-cookie probe (a Keycloak-only page), which a same-origin provider does not need.
 */
function providerMetadata({ url, realm }: AuthConfig) {
  const base = `${url.replace(/\/+$/, '')}/realms/${encodeURIComponent(realm)}`;
  const endpoint = (name: string) => `${base}/protocol/openid-connect/${name}`;
  return {
    issuer: base,
    authorization_endpoint: endpoint('auth'),
    token_endpoint: endpoint('token'),
    end_session_endpoint: endpoint('logout'),
    userinfo_endpoint: endpoint('userinfo'),
  };
}

export const connectKeycloak: ConnectAuth = async (config, { checkSso, onChange }) => {
  const keycloak = new Keycloak({ clientId: config.clientId, oidcProvider: providerMetadata(config) });
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const scheduleRefresh = (seconds?: number) => {
    clearTimeout(refreshTimer);
    const parsed = keycloak.tokenParsed;
    if (!keycloak.authenticated || !parsed?.exp) return;
    const expiresIn = parsed.exp - Date.now() / 1000 + (keycloak.timeSkew ?? 0);
    const delay = seconds ?? Math.max(0, expiresIn - REFRESH_MARGIN_SECONDS);
    refreshTimer = setTimeout(() => {
      keycloak.updateToken(REFRESH_MARGIN_SECONDS).catch(() => {
        // A refused refresh (the session ended) cleared the tokens: onAuthLogout reports it.
        // Otherwise the network failed: keep the session and try again.
        if (keycloak.authenticated) scheduleRefresh(RETRY_SECONDS);
      });
    }, delay * 1000);
  };

  keycloak.onAuthSuccess = () => scheduleRefresh();
  keycloak.onAuthRefreshSuccess = () => {
    scheduleRefresh();
    onChange();
  };
  keycloak.onAuthLogout = () => {
    clearTimeout(refreshTimer);
    onChange();
  };

  await keycloak.init({
    pkceMethod: 'S256',
    checkLoginIframe: false,
    ...(checkSso && { onLoad: 'check-sso', silentCheckSsoRedirectUri: `${location.origin}/silent-check-sso.html` }),
  });

  const client: AuthClient = {
    get user() {
      return keycloak.authenticated && keycloak.tokenParsed ? userFromClaims(keycloak.tokenParsed) : undefined;
    },
    async token(minValiditySeconds) {
      if (!keycloak.authenticated) return undefined;
      try {
        await keycloak.updateToken(minValiditySeconds);
      } catch {
        // Refused: the session ended (no token). Network: send the current token while it is valid.
        if (!keycloak.authenticated || keycloak.isTokenExpired()) return undefined;
      }
      return keycloak.token;
    },
    signIn: (language) => keycloak.login({ redirectUri: home(), locale: language }),
    signOut: () => {
      clearTimeout(refreshTimer);
      return keycloak.logout({ redirectUri: home() });
    },
  };
  return client;
};
