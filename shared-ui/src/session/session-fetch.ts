/** Seconds a token must still be valid for when it is sent; a shorter-lived one is refreshed first. */
export const TOKEN_MIN_VALIDITY_SECONDS = 30;

/**
 * Gives a token valid for at least `minValiditySeconds` (refreshing it when needed), or undefined
 * when there is none to send (signed out, or the refresh failed and the session ended).
 */
export type TokenSource = (minValiditySeconds: number) => Promise<string | undefined>;

/**
 * A `fetch` that adds the bearer token to requests for the page's own origin (the gateway). Other
 * origins never see the token, whatever URL a module passes.
 * @example
 * const sessionFetch = createSessionFetch(async (min) => (await keycloak.updateToken(min), keycloak.token));
 * await sessionFetch('/api/feedback/reports', { method: 'POST', body });
 */
export function createSessionFetch(token: TokenSource, baseFetch: typeof fetch = (...args) => globalThis.fetch(...args)) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
    if (url.origin !== globalThis.location?.origin) return baseFetch(input, init);
    const bearer = await token(TOKEN_MIN_VALIDITY_SECONDS);
    if (!bearer) return baseFetch(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set('Authorization', `Bearer ${bearer}`);
    return baseFetch(input, { ...init, headers });
  };
}
