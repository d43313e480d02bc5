// A local hint that this browser may have a session at the identity provider. Without it the
// shell never loads keycloak-js on a visit, which keeps an anonymous first load small.
const HINT_KEY = 'portal.session';
// Where to go back to after the sign-in page (the provider redirects to the home page).
const RETURN_KEY = 'portal.signIn.returnTo';

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): behave as if nothing was stored.
    return fallback;
  }
}

export function hasSessionHint(): boolean {
  return attempt(() => globalThis.localStorage.getItem(HINT_KEY) === '1', false);
}

export function setSessionHint(present: boolean): void {
  attempt(() => (present ? localStorage.setItem(HINT_KEY, '1') : localStorage.removeItem(HINT_KEY)), undefined);
}

/** The provider sent the browser back here with `#state=…&code=…` (or `&error=…`) to finish signing in. */
export function isSignInCallback(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** Only paths of this app are remembered, so a crafted value can never send the user elsewhere. */
export function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

export function rememberReturnPath(path: string): void {
  attempt(() => sessionStorage.setItem(RETURN_KEY, path), undefined);
}

/** The path remembered before the sign-in page, once (it is forgotten when read). */
export function takeReturnPath(): string | undefined {
  return attempt(() => {
    const path = sessionStorage.getItem(RETURN_KEY) ?? undefined;
    sessionStorage.removeItem(RETURN_KEY);
    return path && isAppPath(path) ? path : undefined;
  }, undefined);
}
