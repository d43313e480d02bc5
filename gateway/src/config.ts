import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalizedText, ModuleDefinition } from '@portal/module-kit';
import type { Logger as PinoLogger } from 'pino';
import { StartupError } from './startup-error.js';

/** The repository root (gateway/src/ → ../..), so defaults do not depend on the current folder. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Branding {
  name: LocalizedText;
  province: LocalizedText;
}

/** What `startGateway` accepts; every field overrides the matching environment variable. */
export interface GatewayOptions {
  /** TCP port; 0 picks a free one. Env PORT, default 3000. */
  port?: number;
  /** Env HOST, default 127.0.0.1. */
  host?: string;
  /** Env DATA_DIR, default ./.data (relative to the current folder). */
  dataDir?: string;
  /** Env DATABASE_URL; PGlite in <dataDir>/pglite when unset. */
  databaseUrl?: string;
  /** Env REMOTES_DIR, default <dataDir>/remotes. */
  remotesDir?: string;
  /** Where modules' files (photos, attachments) are kept. Env FILE_STORAGE_DIR, default <dataDir>/files. */
  fileStorageDir?: string;
  /** Env SHELL_DIST, default shell/dist in the repository. */
  shellDist?: string;
  /** The installed modules; default the list in modules.ts. */
  modules?: readonly ModuleDefinition[];
  /** Env SEED; default on unless NODE_ENV=production. */
  seed?: boolean;
  /** Env LOG_LEVEL, default info. */
  logLevel?: string;
  /** Module id → base URL of its own API service. Env MODULE_API_URLS ("id=url", comma or space separated). */
  moduleApiUrls?: Record<string, string>;
  /** Extra origins allowed by the CSP (a CDN for remotes). Env CSP_EXTRA_ORIGINS. */
  cspExtraOrigins?: string[];
  /** Env PORTAL_NAME_VI/EN, PROVINCE_NAME_VI/EN. */
  branding?: Branding;
  /** A fixed operator token (several instances behind a load balancer). Env OPERATOR_TOKEN; random when unset. */
  operatorToken?: string;
  /** The origin users reach (e.g. https://portal.dienbien.gov.vn). Env PUBLIC_URL; default http://<HOST>:<PORT> as listened. */
  publicUrl?: string;
  /** Sign-on settings. Env OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_AUDIENCE, OIDC_REALM, OIDC_JWKS_URI. */
  oidc?: Partial<OidcSettings>;
  /** Seed the demo accounts of the embedded provider. Env DEMO_ACCOUNTS; default on unless NODE_ENV=production. */
  demoAccounts?: boolean;
  /** Pause of the outbox relay between polls, default 500 ms; 0 = no timer (tests call relay.flush()). */
  eventRelayIntervalMs?: number;
  /** A ready-made pino logger (tests capture request logs with it); otherwise one is made from logLevel. */
  logger?: PinoLogger;
}

export interface OidcSettings {
  /** An external realm (a real Keycloak), e.g. https://sso.example/realms/portal; unset = the embedded provider. */
  issuer: string | undefined;
  /** The realm name: the embedded provider's issuer is <PUBLIC_URL>/realms/<realm>. */
  realm: string;
  /** The shell's public client. */
  clientId: string;
  /** The `aud` access tokens must carry. */
  audience: string;
  /** Where the external realm publishes its keys; default <issuer>/protocol/openid-connect/certs. */
  jwksUri: string | undefined;
}

export interface GatewayConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  remotesDir: string;
  fileStorageDir: string;
  shellDist: string;
  seed: boolean;
  logLevel: string;
  moduleApiUrls: Record<string, string>;
  cspExtraOrigins: string[];
  branding: Branding;
  operatorToken: string | undefined;
  publicUrl: string | undefined;
  oidc: OidcSettings;
  demoAccounts: boolean;
}

type Env = Record<string, string | undefined>;

/** Merges options over the environment over defaults, and rejects values that cannot work. */
export function resolveConfig(options: GatewayOptions = {}, env: Env = process.env): GatewayConfig {
  const dataDir = resolve(options.dataDir ?? nonEmpty(env.DATA_DIR) ?? './.data');
  return {
    port: options.port ?? parsePort(env.PORT),
    host: options.host ?? nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir,
    databaseUrl: options.databaseUrl ?? nonEmpty(env.DATABASE_URL),
    remotesDir: resolve(options.remotesDir ?? nonEmpty(env.REMOTES_DIR) ?? join(dataDir, 'remotes')),
    fileStorageDir: resolve(options.fileStorageDir ?? nonEmpty(env.FILE_STORAGE_DIR) ?? join(dataDir, 'files')),
    shellDist: resolve(options.shellDist ?? nonEmpty(env.SHELL_DIST) ?? join(REPO_ROOT, 'shell', 'dist')),
    seed: options.seed ?? parseSwitch('SEED', env),
    logLevel: options.logLevel ?? nonEmpty(env.LOG_LEVEL) ?? 'info',
    moduleApiUrls: validateApiUrls(options.moduleApiUrls ?? parseModuleApiUrls(env.MODULE_API_URLS)),
    cspExtraOrigins: validateOrigins(options.cspExtraOrigins ?? splitList(env.CSP_EXTRA_ORIGINS)),
    branding: options.branding ?? {
      name: { vi: env.PORTAL_NAME_VI || 'Điện Biên Smart', en: env.PORTAL_NAME_EN || 'Dien Bien Smart' },
      province: { vi: env.PROVINCE_NAME_VI || 'Tỉnh Điện Biên', en: env.PROVINCE_NAME_EN || 'Dien Bien Province' },
    },
    operatorToken: options.operatorToken ?? nonEmpty(env.OPERATOR_TOKEN),
    publicUrl: validatePublicUrl(options.publicUrl ?? nonEmpty(env.PUBLIC_URL)),
    oidc: resolveOidc(options.oidc ?? {}, env),
    demoAccounts: options.demoAccounts ?? parseSwitch('DEMO_ACCOUNTS', env),
  };
}

function resolveOidc(options: Partial<OidcSettings>, env: Env): OidcSettings {
  const issuer = (options.issuer ?? nonEmpty(env.OIDC_ISSUER))?.replace(/\/+$/, '');
  if (issuer !== undefined && !isHttpUrl(issuer)) throw new StartupError(`OIDC_ISSUER: "${issuer}" is not an http(s) URL.`);
  const realmOfIssuer = issuer ? /\/realms\/([^/]+)$/.exec(new URL(issuer).pathname)?.[1] : undefined;
  const realm = options.realm ?? nonEmpty(env.OIDC_REALM) ?? realmOfIssuer ?? 'portal';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(realm)) throw new StartupError(`OIDC_REALM: "${realm}" may use only letters, digits, "-" and "_".`);
  return {
    issuer,
    realm,
    clientId: options.clientId ?? nonEmpty(env.OIDC_CLIENT_ID) ?? 'shell',
    audience: options.audience ?? nonEmpty(env.OIDC_AUDIENCE) ?? 'portal-api',
    jwksUri: options.jwksUri ?? nonEmpty(env.OIDC_JWKS_URI),
  };
}

function validatePublicUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!isHttpUrl(url) || new URL(url).origin !== url.replace(/\/+$/, '')) {
    throw new StartupError(`PUBLIC_URL: "${url}" is not an origin like https://portal.example.org (no path).`);
  }
  return url.replace(/\/+$/, '');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function parsePort(value: string | undefined): number {
  if (nonEmpty(value) === undefined) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535 (got "${value}").`);
  }
  return port;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** An on/off variable whose default is on unless NODE_ENV=production (SEED, DEMO_ACCOUNTS). */
function parseSwitch(name: string, env: Env): boolean {
  const value = nonEmpty(env[name])?.toLowerCase();
  if (value === undefined) return env.NODE_ENV !== 'production';
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new StartupError(`${name} must be one of true/false, 1/0, yes/no, on/off (got "${env[name]}").`);
}

/** "hotlines=http://127.0.0.1:4101, feedback=http://10.0.0.5:4102" → { hotlines: …, feedback: … } */
export function parseModuleApiUrls(value: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of splitList(value)) {
    const separator = pair.indexOf('=');
    if (separator <= 0) throw new StartupError(`MODULE_API_URLS entry "${pair}" must look like id=http://host:port.`);
    urls[pair.slice(0, separator)] = pair.slice(separator + 1);
  }
  return urls;
}

function validateApiUrls(urls: Record<string, string>): Record<string, string> {
  const valid: Record<string, string> = {};
  for (const [id, url] of Object.entries(urls)) {
    if (!isHttpUrl(url)) throw new StartupError(`MODULE_API_URLS: "${url}" for module "${id}" is not an http(s) URL.`);
    valid[id] = url.replace(/\/+$/, '');
  }
  return valid;
}

function validateOrigins(origins: string[]): string[] {
  for (const origin of origins) {
    if (!isHttpUrl(origin) || new URL(origin).origin !== origin.replace(/\/+$/, '')) {
      throw new StartupError(`CSP_EXTRA_ORIGINS: "${origin}" is not an origin like https://cdn.example.org.`);
    }
  }
  return origins.map((origin) => origin.replace(/\/+$/, ''));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
