import { createSessionFetch, type Session, type SessionUser } from '@portal/shared-ui';
import { renderModuleApp, setOrigin as setTestOrigin, signedInSession } from '@portal/shared-ui/testing';
import App from '../../App.js';

/** Where the UI thinks it runs: the fake server's origin, so its same-origin calls reach it. */
export function setOrigin(origin: string, path = '/m/feedback') {
  setTestOrigin(origin, path);
}

export const CITIZEN: SessionUser = { sub: 'citizen-an', name: 'Nguyễn Văn An', roles: ['citizen'], units: [] };

/** A signed-in session as the shell gives it: a session fetch that adds the bearer token. */
export function signedIn(user: SessionUser = CITIZEN, token = 'token-of-an'): Session {
  return signedInSession(user, createSessionFetch(async () => token));
}

/** Renders the module as the shell mounts it, at `path` under /m/feedback. */
export function renderApp(path: string, session: Session) {
  return renderModuleApp(App, '/m/feedback', path, session);
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
