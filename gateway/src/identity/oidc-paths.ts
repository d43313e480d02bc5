/** Keycloak's endpoint layout under the realm, so keycloak-js and Keycloak-aware tools work unchanged. */
export const OIDC_PATHS = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  end_session: '/protocol/openid-connect/logout',
  userinfo: '/protocol/openid-connect/userinfo',
  jwks: '/protocol/openid-connect/certs',
  revocation: '/protocol/openid-connect/revoke',
  introspection: '/protocol/openid-connect/token/introspect',
} as const;

/** Lifetimes in seconds (Keycloak-like: short access tokens, a 10-hour SSO session). */
export const TOKEN_TTL = { AccessToken: 300, IdToken: 300, AuthorizationCode: 60, Interaction: 3600, RefreshToken: 36_000, Session: 36_000, Grant: 36_000 };
