import type { SessionUser } from '@portal/shared-ui';

/** keycloak-js init options from GET /api/portal (`auth`). */
export interface AuthConfig {
  url: string;
  realm: string;
  clientId: string;
}

export function isAuthConfig(value: unknown): value is AuthConfig {
  const config = value as Partial<AuthConfig> | null | undefined;
  return typeof config?.url === 'string' && typeof config.realm === 'string' && typeof config.clientId === 'string';
}

/** The signed-in side of the session, implemented with keycloak-js in the lazily loaded auth chunk. */
export interface AuthClient {
  /** The signed-in user; undefined once the session ended. */
  readonly user: SessionUser | undefined;
  /** A token valid for `minValiditySeconds` more (refreshed if needed); undefined when signed out. */
  token(minValiditySeconds: number): Promise<string | undefined>;
  /** Redirects to the provider's sign-in page; it comes back to the home page. */
  signIn(language: string): Promise<void>;
  /** RP-initiated logout; comes back to the home page. */
  signOut(): Promise<void>;
}

export interface ConnectOptions {
  /** Ask the provider silently whether a session exists (check-sso); otherwise only prepare to sign in. */
  checkSso: boolean;
  /** Called when the user changes on its own: a refresh that failed ended the session. */
  onChange(): void;
}

export type ConnectAuth = (config: AuthConfig, options: ConnectOptions) => Promise<AuthClient>;
