import { TOKEN_MIN_VALIDITY_SECONDS, createSessionFetch, type Session, type TokenSource } from '@portal/shared-ui';
import type { AuthClient, AuthConfig, ConnectAuth } from './auth-client.js';
import { hasSessionHint, isAppPath, isSignInCallback, rememberReturnPath, setSessionHint, takeReturnPath } from './session-hint.js';

/** How long the silent check may take before the page carries on anonymously. */
const CHECK_TIMEOUT_MS = 15_000;

export interface SessionControllerOptions {
  /** keycloak-js init options (from GET /api/portal); undefined when the portal has none. */
  authConfig: () => Promise<AuthConfig | undefined>;
  /** Loads the auth chunk (keycloak-js). Called only when there may be a session or on sign-in. */
  loadAuth: () => Promise<ConnectAuth>;
  /** The UI language, passed to the sign-in page. */
  language: () => string;
}

export interface ShellSessionState {
  session: Session;
  /** The sign-in page could not be reached (offline, provider down); cleared by the next try. */
  signInFailed: boolean;
  /** Back from the sign-in page: the path the user came from, to be shown now (once). */
  returnTo?: string;
}

/**
 * The shell's session, outside React so that keycloak-js is started once per page whatever React
 * renders twice. Anonymous visitors without the hint never load the auth chunk.
 */
export class SessionController {
  #state: ShellSessionState;
  #listeners = new Set<() => void>();
  #client: Promise<AuthClient> | undefined;
  #returnTo: string | undefined;
  readonly #options: SessionControllerOptions;
  readonly #fetch: Session['fetch'];
  readonly #token: TokenSource = async (minValidity) => {
    const client = this.#state.session.status === 'authenticated' ? await this.#client : undefined;
    return client?.token(minValidity);
  };

  constructor(options: SessionControllerOptions) {
    this.#options = options;
    this.#fetch = createSessionFetch(this.#token);
    this.#state = { session: this.#session('loading'), signInFailed: false };
  }

  /** Decides on page load: check the provider silently only when there may be a session. */
  start(): void {
    if (this.#client) return;
    const callback = isSignInCallback(location.hash);
    if (callback) this.#returnTo = takeReturnPath();
    if (hasSessionHint() || callback) void this.#check();
    else this.#publish(this.#session('anonymous'));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): ShellSessionState => this.#state;

  /** The return path was followed. */
  returned(): void {
    if (this.#state.returnTo) this.#setState({ ...this.#state, returnTo: undefined });
  }

  async #check(): Promise<void> {
    try {
      const client = await withTimeout(this.#connect(true), CHECK_TIMEOUT_MS);
      this.#publishUser(client);
    } catch (error) {
      // Unreachable provider or refused callback: carry on anonymously; a later visit checks again.
      console.warn('[shell] session check failed', error);
      this.#publish(this.#session('anonymous'));
    }
    if (this.#returnTo) this.#setState({ ...this.#state, returnTo: this.#returnTo });
    this.#returnTo = undefined;
  }

  #connect(checkSso: boolean): Promise<AuthClient> {
    this.#client ??= (async () => {
      const config = await this.#options.authConfig();
      if (!config) throw new Error('GET /api/portal names no identity provider');
      const connect = await this.#options.loadAuth();
      return connect(config, { checkSso, onChange: () => void this.#client?.then((client) => this.#publishUser(client)) });
    })();
    // A failed start may be retried (e.g. the network is back).
    this.#client.catch(() => (this.#client = undefined));
    return this.#client;
  }

  #publishUser(client: AuthClient): void {
    const user = client.user;
    setSessionHint(user !== undefined);
    this.#publish(user ? { ...this.#session('authenticated'), user } : this.#session('anonymous'));
  }

  async #signIn(redirectPath?: string): Promise<void> {
    const path = redirectPath && isAppPath(redirectPath) ? redirectPath : `${location.pathname}${location.search}`;
    this.#setState({ ...this.#state, signInFailed: false });
    try {
      const client = await this.#connect(false);
      rememberReturnPath(path);
      await client.signIn(this.#options.language());
    } catch (error) {
      console.warn('[shell] sign-in page unavailable', error);
      this.#setState({ ...this.#state, signInFailed: true });
      throw error;
    }
  }

  async #signOut(): Promise<void> {
    setSessionHint(false);
    const client = this.#state.session.status === 'authenticated' ? await this.#client : undefined;
    if (client) await client.signOut();
    else this.#publish(this.#session('anonymous'));
  }

  #session(status: Session['status']): Session {
    return {
      status,
      fetch: this.#fetch,
      token: () => this.#token(TOKEN_MIN_VALIDITY_SECONDS),
      signIn: (path) => this.#signIn(path),
      signOut: () => this.#signOut(),
    };
  }

  #publish(session: Session): void {
    this.#setState({ ...this.#state, session });
  }

  #setState(state: ShellSessionState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
