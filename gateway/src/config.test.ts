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
});
