import { createContext, useContext, type ReactNode } from 'react';
import type { Session } from './session.js';

const plainFetch: Session['fetch'] = (input, init) => globalThis.fetch(input, init);

/**
 * The session outside a shell (a module rendered on its own, e.g. in its tests): anonymous,
 * with a plain fetch; signing in is only possible inside the portal shell.
 */
export const ANONYMOUS_SESSION: Session = {
  status: 'anonymous',
  fetch: plainFetch,
  token: () => Promise.resolve(undefined),
  signIn: () => Promise.reject(new Error('Signing in needs the portal shell')),
  signOut: () => Promise.resolve(),
};

const SessionContext = createContext<Session>(ANONYMOUS_SESSION);

/** Filled by the shell; modules only read it through `useSession()`. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/**
 * The visitor's session: status, user (name, roles, units, enterprise), signIn/signOut and a
 * `fetch` that carries the bearer token. Modules never talk to keycloak-js themselves.
 * @example
 * const { status, user, fetch } = useSession();
 * const response = await fetch('/api/feedback/mine');
 */
export function useSession(): Session {
  return useContext(SessionContext);
}
