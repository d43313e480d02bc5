/*
 * Render helpers for a module's UI tests (`@portal/shared-ui/testing`, never part of the runtime bundle):
 * the module mounted as the shell mounts it, with a session of the test's choosing.
 */
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../session/session-context.js';
import type { Session, SessionUser } from '../session/session.js';

export const TEST_MODULE_VERSION = '0.1.0-test';

/** Where the UI thinks it runs (happy-dom): `origin` + `path`, so its same-origin calls reach that server. */
export function setOrigin(origin: string, path: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}${path}`);
}

/** A signed-in session as the shell gives it, whose fetch is `fetch` (a fake API or a token-adding fetch). */
export function signedInSession(user: SessionUser, fetch: Session['fetch']): Session {
  return { status: 'authenticated', user, fetch, signIn: async () => undefined, signOut: async () => undefined };
}

export function anonymousSession(fetch: Session['fetch']): Session {
  return { status: 'anonymous', fetch, signIn: async () => undefined, signOut: async () => undefined };
}

/** Renders a module's App as the shell mounts it under `basePath` (e.g. /m/feedback), at `path`. */
export function renderModuleApp(App: ComponentType<{ basePath: string; version: string }>, basePath: string, path: string, session: Session) {
  (globalThis as { __MODULE_VERSION__?: string }).__MODULE_VERSION__ = TEST_MODULE_VERSION;
  return render(
    <SessionProvider session={session}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={`${basePath}/*`} element={<App basePath={basePath} version={TEST_MODULE_VERSION} />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}
