import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of every response: only the gateway's own origin plus `extraOrigins`
 * (e.g. a CDN serving remotes). style-src needs 'unsafe-inline' because style-loader injects <style>
 * tags for module CSS; scripts stay strictly same-origin (no inline, no eval).
 */
export function contentSecurityPolicy(extraOrigins: readonly string[] = []): string {
  const self = ["'self'", ...extraOrigins].join(' ');
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self}`,
    `connect-src ${self}`,
    `media-src ${self} blob:`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Sets the security headers on every response, errors and static files included (it runs after the
 * handler, so nothing downstream can skip it).
 * @example app.use('*', securityHeaders({ extraOrigins: ['https://cdn.example.org'] }))
 */
export function securityHeaders(options: { extraOrigins?: readonly string[] } = {}): MiddlewareHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options.extraOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
