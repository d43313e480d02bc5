import { createTokenVerifier, type Db, type TokenVerifier } from '@portal/module-kit';
import type { Logger } from 'pino';
import type Provider from 'oidc-provider';
import type { OidcSettings } from '../config.js';
import { seedAccounts } from './accounts.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { loadProviderKeys } from './identity-keys.js';
import { createLocalTokenVerifier } from './local-verifier.js';
import { purgeExpiredPayloads } from './oidc-adapter.js';

/** What keycloak-js needs to start (`GET /api/portal` → auth). */
export interface AuthInfo {
  /** The server URL without /realms/<realm> (keycloak-js adds it). */
  url: string;
  realm: string;
  clientId: string;
}

export interface Identity {
  issuer: string;
  auth: AuthInfo;
  verifier: TokenVerifier;
  /** The embedded provider; undefined when OIDC_ISSUER names an external realm. */
  provider: Provider | undefined;
}

/**
 * Sign-on for one gateway: an external realm (OIDC_ISSUER: verify with its remote JWKS, mount
 * nothing) or the embedded provider at <publicUrl>/realms/<realm> with keys and state from the
 * database, and the demo accounts when asked.
 */
export async function openIdentity(options: {
  db: Db;
  oidc: OidcSettings;
  publicUrl: string;
  demoAccounts: boolean;
  logger: Logger;
}): Promise<Identity> {
  const { db, oidc, publicUrl } = options;
  if (oidc.issuer) {
    const url = oidc.issuer.replace(new RegExp(`/realms/${oidc.realm}$`), '');
    return {
      issuer: oidc.issuer,
      auth: { url, realm: oidc.realm, clientId: oidc.clientId },
      verifier: createTokenVerifier({ issuer: oidc.issuer, audience: oidc.audience, ...(oidc.jwksUri ? { jwksUri: oidc.jwksUri } : {}) }),
      provider: undefined,
    };
  }
  const issuer = `${publicUrl}/realms/${oidc.realm}`;
  if (options.demoAccounts) {
    const added = await seedAccounts(db, DEMO_ACCOUNTS, DEMO_PASSWORD);
    if (added > 0) options.logger.info({ added }, 'demo accounts created (password in the README)');
  }
  await purgeExpiredPayloads(db);
  const keys = await loadProviderKeys(db);
  const { createEmbeddedProvider } = await importProviderModule();
  const provider = createEmbeddedProvider({ db, issuer, publicUrl, realm: oidc.realm, clientId: oidc.clientId, audience: oidc.audience, keys });
  provider.on('server_error', (_ctx, error) => options.logger.error({ err: error }, 'identity provider error'));
  return {
    issuer,
    auth: { url: publicUrl, realm: oidc.realm, clientId: oidc.clientId },
    verifier: createLocalTokenVerifier({ issuer, audience: oidc.audience, keys: keys.jwks.keys }),
    provider,
  };
}

/**
 * Loads oidc-provider only when the embedded provider is used. At import it warns "Unsupported
 * runtime" on any Node before 22; this project runs on Node 20.20, where the whole sign-on suite
 * passes, so that one known line is dropped instead of reaching operators' logs on every start.
 */
async function importProviderModule(): Promise<typeof import('./provider.js')> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('oidc-provider WARNING: Unsupported runtime')) warn(...args);
  };
  try {
    return await import('./provider.js');
  } finally {
    console.warn = warn;
  }
}
