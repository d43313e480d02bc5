/**
 * Registers /sw.js (built by workbox in production). On the very first visit the page loaded the
 * registry, the module remotes and their public data before the service worker existed; once it
 * takes control (skipWaiting + clientsClaim) those same-origin GETs are requested again through
 * it, so the runtime caches hold them and the second visit works offline.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const firstVisit = !navigator.serviceWorker.controller;
  if (firstVisit) navigator.serviceWorker.addEventListener('controllerchange', warmRuntimeCaches, { once: true });
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('[shell] service worker not registered', error);
    });
  };
  // Registering after "load" keeps the worker's precaching from competing with the first render.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

// What the runtime caches keep: the registry, remote files and public API data (see README).
function isRuntimeCached(url: URL): boolean {
  return url.origin === location.origin && (url.pathname.startsWith('/m/') || url.pathname.startsWith('/api/'));
}

function warmRuntimeCaches(): void {
  const urls = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter(isRuntimeCached)
      .map((url) => url.href),
  );
  // Plain GETs without credentials headers: anything that needed a token answers 401 and is not
  // cached, so private data never lands in the cache.
  for (const url of urls) void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
}
