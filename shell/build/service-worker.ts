import type { GenerateSWConfig } from 'workbox-webpack-plugin';

type RuntimeCaching = NonNullable<GenerateSWConfig['runtimeCaching']>;

const NETWORK_TIMEOUT_SECONDS = 3;
const DAY = 24 * 60 * 60;

// The match callbacks are copied into sw.js as source text: they must not use anything from
// this file's scope.
const runtimeCaching: RuntimeCaching = [
  {
    // The registry and branding: fresh when the network answers within 3 s, else the last copy.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname === '/api/modules' || url.pathname === '/api/portal'),
    handler: 'NetworkFirst',
    options: {
      cacheName: 'portal-registry',
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      cacheableResponse: { statuses: [200] },
    },
  },
  {
    // Remote files with a content hash in their name never change: cache first.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/m/') && /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i.test(url.pathname),
    handler: 'CacheFirst',
    options: {
      cacheName: 'portal-remote-assets',
      cacheableResponse: { statuses: [200] },
      expiration: { maxEntries: 300, maxAgeSeconds: 90 * DAY, purgeOnQuotaError: true },
    },
  },
  {
    // mf-manifest.json, remoteEntry.js, portal-remote.json: same name, new content per build.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/m/') && /\.[a-z0-9]+$/i.test(url.pathname),
    handler: 'NetworkFirst',
    options: {
      cacheName: 'portal-remote-entries',
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      cacheableResponse: { statuses: [200] },
      expiration: { maxEntries: 100, purgeOnQuotaError: true },
    },
  },
  {
    // Public module data (e.g. hotlines) offline. A request that carries a token is personal
    // and never matches, so it is never cached.
    urlPattern: ({ url, request, sameOrigin }) =>
      sameOrigin && url.pathname.startsWith('/api/') && !request.headers.has('Authorization'),
    method: 'GET',
    handler: 'NetworkFirst',
    options: {
      cacheName: 'portal-api-public',
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      cacheableResponse: { statuses: [200] },
      expiration: { maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
    },
  },
];

/** workbox GenerateSW options: precache the shell, runtime rules above, SPA navigation fallback. */
export const serviceWorkerOptions: GenerateSWConfig = {
  swDest: 'sw.js',
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Hashed names need no cache-busting query.
  dontCacheBustURLsMatching: /^static\//,
  exclude: [/\.map$/, /\.LICENSE\.txt$/, /\.woff$/],
  navigateFallback: '/index.html',
  // API calls, the OIDC provider and files (a last segment with a dot) are not app routes.
  navigateFallbackDenylist: [/^\/api\//, /^\/realms\//, /\/[^/]+\.[^/]+$/],
  runtimeCaching,
};
