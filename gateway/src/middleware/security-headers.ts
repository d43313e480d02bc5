import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of every response: only the gateway's own origin plus `extraOrigins`
 * (e.g. a CDN serving remotes). style-src needs 'unsafe-inline' because style-loader injects <style>
 * tags for module CSS; scripts stay strictly same-origin (no inline, no eval).
 */
export function contentSecurityPolicy(extraOrigins: readonly string[] = [], frameAncestors = "'none'"): string {
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
    `frame-ancestors ${frameAncestors}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export interface SecurityHeaderOptions {
  extraOrigins?: readonly string[];
  /**
   * Paths the portal's own pages may frame (frame-ancestors 'self', X-Frame-Options SAMEORIGIN): the
   * silent check-sso iframe loads the provider's auth endpoint and /silent-check-sso.html.
   */
  frameableBySelf?: readonly string[];
}

/** The security headers for one path (the raw provider responses get them from here too). */
export function securityHeadersFor(path: string, options: SecurityHeaderOptions = {}): Record<string, string> {
  const frameable = options.frameableBySelf?.includes(path) ?? false;
  return {
    'Content-Security-Policy': contentSecurityPolicy(options.extraOrigins, frameable ? "'self'" : "'none'"),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': frameable ? 'SAMEORIGIN' : 'DENY',
    'Permissions-Policy': 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Sets the security headers on every response, errors and static files included (it runs after the
 * handler, so nothing downstream can skip it).
 * @example app.use('*', securityHeaders({ extraOrigins: ['https://cdn.example.org'] }))
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const everywhere = securityHeadersFor('', options);
  return async (c, next) => {
    await next();
    const headers = options.frameableBySelf?.includes(c.req.path) ? securityHeadersFor(c.req.path, options) : everywhere;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
