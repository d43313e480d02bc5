import { describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from './service-worker.js';

const ORIGIN = 'https://portal.example.vn';

/** The cache a GET would go through: the first runtime rule that matches, as workbox picks. */
function strategyFor(path: string, headers: Record<string, string> = {}, origin = ORIGIN): string | undefined {
  const url = new URL(path, origin);
  const request = new Request(url, { headers });
  const rule = serviceWorkerOptions.runtimeCaching?.find((candidate) => {
    const pattern = candidate.urlPattern as (options: { url: URL; request: Request; sameOrigin: boolean }) => boolean;
    return pattern({ url, request, sameOrigin: url.origin === ORIGIN });
  });
  return rule && `${rule.handler as string}:${rule.options?.cacheName}`;
}

describe('service worker caching rules', () => {
  it('asks the network first (3 s) for the registry and branding', () => {
    expect(strategyFor('/api/modules')).toBe('NetworkFirst:portal-registry');
    expect(strategyFor('/api/portal')).toBe('NetworkFirst:portal-registry');
    const registry = serviceWorkerOptions.runtimeCaching?.[0];
    expect(registry?.options?.networkTimeoutSeconds).toBe(3);
  });

  it('serves hashed remote files from the cache and revalidates remote entry files', () => {
    expect(strategyFor('/m/hotlines/0.1.0/289.739437ee95.js')).toBe('CacheFirst:portal-remote-assets');
    expect(strategyFor('/m/hotlines/0.1.0/fonts/be-vietnam-pro-latin-400-normal.5f2c9a1b3d.woff2')).toBe(
      'CacheFirst:portal-remote-assets',
    );
    for (const file of ['mf-manifest.json', 'remoteEntry.js', 'portal-remote.json']) {
      expect(strategyFor(`/m/hotlines/0.1.0/${file}`)).toBe('NetworkFirst:portal-remote-entries');
    }
  });

  it('keeps public API answers for offline use but never one asked for with a token', () => {
    expect(strategyFor('/api/hotlines/lines?q=113')).toBe('NetworkFirst:portal-api-public');
    expect(strategyFor('/api/feedback/reports/mine', { Authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig' })).toBeUndefined();
  });

  it('leaves other origins alone', () => {
    expect(strategyFor('/api/modules', {}, 'https://other.example.com')).toBeUndefined();
    expect(strategyFor('/m/hotlines/0.1.0/remoteEntry.js', {}, 'https://cdn.example.com')).toBeUndefined();
  });

  it('falls back to index.html only for app routes', () => {
    const denied = (path: string) => serviceWorkerOptions.navigateFallbackDenylist?.some((pattern) => pattern.test(path));
    expect(denied('/m/hotlines')).toBe(false);
    expect(denied('/m/hotlines/lines/113')).toBe(false);
    expect(denied('/api/modules')).toBe(true);
    expect(denied('/realms/portal/protocol/openid-connect/auth')).toBe(true);
    expect(denied('/m/hotlines/0.1.0/remoteEntry.js')).toBe(true);
  });
});
