import { createSessionFetch, SessionProvider, type Session, type SessionUser } from '@portal/shared-ui';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import App from '../../App.js';

/** Where the UI thinks it runs: the fake server's origin, so its same-origin calls reach it. */
export function setOrigin(origin: string, path = '/m/feedback') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}${path}`);
}

export const CITIZEN: SessionUser = { sub: 'citizen-an', name: 'Nguyễn Văn An', roles: ['citizen'], units: [] };

/** A signed-in session as the shell gives it: a session fetch that adds the bearer token. */
export function signedIn(user: SessionUser = CITIZEN, token = 'token-of-an'): Session {
  return {
    status: 'authenticated',
    user,
    fetch: createSessionFetch(async () => token),
    signIn: async () => undefined,
    signOut: async () => undefined,
  };
}

/** Renders the module as the shell mounts it, at `path` under /m/feedback. */
export function renderApp(path: string, session: Session) {
  globalThis.__MODULE_VERSION__ = '0.1.0-test';
  return render(
    <SessionProvider session={session}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/m/feedback/*" element={<App basePath="/m/feedback" version="0.1.0-test" />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}

/** navigator.geolocation answering with this position (a browser API the test cannot drive otherwise). */
export function grantLocation(lat: number, lng: number, accuracy = 12) {
  Object.defineProperty(window.navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(success: PositionCallback) {
        success({ coords: { latitude: lat, longitude: lng, accuracy }, timestamp: Date.now() } as GeolocationPosition);
      },
    },
  });
}

let online = true;
/** navigator.onLine, which happy-dom always reports as true. */
export function setOnline(value: boolean) {
  online = value;
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
}
