import type { ConnectAuth } from '../auth/auth-client.js';
import { SessionController } from '../auth/session-controller.js';

/**
 * A session controller for shell tests. `connect` stands in for the auth chunk (keycloak-js, which
 * needs a real provider and browser redirects: see e2e/journeys/sign-on.test.ts); by default a
 * test that loads it fails.
 */
export function testSessionController(connect?: ConnectAuth) {
  const loads = { count: 0 };
  const controller = new SessionController({
    authConfig: async () => ({ url: location.origin, realm: 'portal', clientId: 'shell' }),
    loadAuth: async () => {
      loads.count += 1;
      if (!connect) throw new Error('this test must not load the auth chunk');
      return connect;
    },
    language: () => 'vi',
  });
  return { controller, loads };
}
