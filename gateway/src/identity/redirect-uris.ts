/**
 * The shell's redirect URIs. OIDC allows no wildcards, so instead of a registered list the provider
 * asks this check: same origin as PUBLIC_URL exactly (scheme, host, port), no credentials, and a path
 * that is `/`, `/silent-check-sso.html`, `/profile`, or under `/m/` (a module's page, where a sign-in
 * started). Query strings are allowed (client routes keep their state); fragments never are.
 * @example isShellRedirectUri('https://portal.example', 'https://portal.example/m/hotlines') // true
 */
export function isShellRedirectUri(publicUrl: string, value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== new URL(publicUrl).origin || url.username || url.password || url.hash || value.includes('#')) return false;
  const path = url.pathname;
  // The parser already resolved dot segments; refuse values that needed it, or hid them in escapes.
  const rawPath = value.slice(value.indexOf(url.host) + url.host.length).split('?')[0]!;
  if (rawPath !== path || path.includes('//') || /%2e|%2f|%5c/i.test(value)) return false;
  return path === '/' || path === '/silent-check-sso.html' || path === '/profile' || /^\/m\/[A-Za-z0-9._~-]/.test(path);
}
