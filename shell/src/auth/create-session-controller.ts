import { i18n } from '@portal/shared-ui';
import { fetchPortal } from '../registry/registry-api.js';
import { SessionController } from './session-controller.js';

/** The page's session: keycloak-js from the lazily loaded auth chunk, configured by GET /api/portal. */
export function createSessionController(): SessionController {
  return new SessionController({
    authConfig: async () => (await fetchPortal())?.auth,
    loadAuth: async () => (await import(/* webpackChunkName: "auth" */ './keycloak-client.js')).connectKeycloak,
    language: () => i18n.language,
  });
}
