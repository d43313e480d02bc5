import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, resolveConfig } from './config.js';

describe('resolveConfig', () => {
  it('listens on 127.0.0.1:3000 with data in ./.data and the shell from the repository by default', () => {
    const config = resolveConfig({}, {});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('.data'),
      databaseUrl: undefined,
      remotesDir: resolve('.data', 'remotes'),
      shellDist: join(REPO_ROOT, 'shell', 'dist'),
      seed: true,
      logLevel: 'info',
      moduleApiUrls: {},
      cspExtraOrigins: [],
      branding: {
        name: { vi: 'Điện Biên Smart', en: 'Dien Bien Smart' },
        province: { vi: 'Tỉnh Điện Biên', en: 'Dien Bien Province' },
      },
    });
  });

  it('reads every setting from the environment', () => {
    const config = resolveConfig(
      {},
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/srv/portal',
        DATABASE_URL: 'postgres://portal@db/portal',
        SHELL_DIST: '/srv/shell',
        LOG_LEVEL: 'warn',
        MODULE_API_URLS: 'hotlines=http://127.0.0.1:4101, feedback=https://feedback.internal/',
        CSP_EXTRA_ORIGINS: 'https://cdn.example.org,https://tiles.example.org',
        PORTAL_NAME_VI: 'Lai Châu Smart',
        PORTAL_NAME_EN: 'Lai Chau Smart',
        PROVINCE_NAME_VI: 'Tỉnh Lai Châu',
        PROVINCE_NAME_EN: 'Lai Chau Province',
        NODE_ENV: 'production',
      },
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/portal',
      remotesDir: '/srv/portal/remotes',
      databaseUrl: 'postgres://portal@db/portal',
      shellDist: '/srv/shell',
      logLevel: 'warn',
      seed: false,
      moduleApiUrls: { hotlines: 'http://127.0.0.1:4101', feedback: 'https://feedback.internal' },
      cspExtraOrigins: ['https://cdn.example.org', 'https://tiles.example.org'],
      branding: { name: { vi: 'Lai Châu Smart', en: 'Lai Chau Smart' }, province: { vi: 'Tỉnh Lai Châu', en: 'Lai Chau Province' } },
    });
  });

  it('lets options override the environment, and SEED override NODE_ENV', () => {
    expect(resolveConfig({ port: 0, remotesDir: '/tmp/r' }, { PORT: '8080' })).toMatchObject({ port: 0, remotesDir: '/tmp/r' });
    expect(resolveConfig({}, { NODE_ENV: 'production', SEED: 'on' }).seed).toBe(true);
    expect(resolveConfig({}, { SEED: '0' }).seed).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ SEED: 'maybe' }, 'SEED must be one of'],
    [{ MODULE_API_URLS: 'hotlines' }, 'must look like id=http://host:port'],
    [{ MODULE_API_URLS: 'hotlines=ftp://x' }, 'is not an http(s) URL'],
    [{ CSP_EXTRA_ORIGINS: 'https://cdn.example.org/path' }, 'is not an origin'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => resolveConfig({}, env)).toThrow(message);
  });

  it('uses the embedded provider with realm "portal", client "shell" and demo accounts by default', () => {
    expect(resolveConfig({}, {})).toMatchObject({
      publicUrl: undefined,
      demoAccounts: true,
      oidc: { issuer: undefined, realm: 'portal', clientId: 'shell', audience: 'portal-api', jwksUri: undefined },
    });
    expect(resolveConfig({}, { NODE_ENV: 'production' }).demoAccounts).toBe(false);
    expect(resolveConfig({}, { NODE_ENV: 'production', DEMO_ACCOUNTS: 'on' }).demoAccounts).toBe(true);
  });

  it('reads an external realm from OIDC_ISSUER, its realm from the path', () => {
    const config = resolveConfig({}, {
      OIDC_ISSUER: 'https://sso.example.org/realms/dienbien/',
      OIDC_CLIENT_ID: 'portal-shell',
      OIDC_AUDIENCE: 'dienbien-api',
      PUBLIC_URL: 'https://portal.example.org/',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://sso.example.org/realms/dienbien',
      realm: 'dienbien',
      clientId: 'portal-shell',
      audience: 'dienbien-api',
      jwksUri: undefined,
    });
    expect(config.publicUrl).toBe('https://portal.example.org');
  });

  it('refuses sign-on settings that cannot work', () => {
    expect(() => resolveConfig({}, { PUBLIC_URL: 'https://portal.example.org/app' })).toThrow(/^PUBLIC_URL: .*\(no path\)/);
    expect(() => resolveConfig({}, { OIDC_ISSUER: 'sso.example.org' })).toThrow(/^OIDC_ISSUER: /);
    expect(() => resolveConfig({}, { OIDC_REALM: '../x' })).toThrow(/^OIDC_REALM: /);
    expect(() => resolveConfig({}, { DEMO_ACCOUNTS: 'maybe' })).toThrow(/^DEMO_ACCOUNTS must be one of/);
  });
});
