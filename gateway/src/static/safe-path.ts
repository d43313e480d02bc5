import { resolve, sep } from 'node:path';

/**
 * Joins already-decoded URL path segments under root, or returns undefined when any segment could
 * leave it ("..", ".", empty, or a slash, backslash or NUL smuggled in by percent-encoding).
 */
export function safeJoin(root: string, segments: readonly string[]): string | undefined {
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
  }
  const base = resolve(root);
  const target = resolve(base, ...segments);
  return target.startsWith(base + sep) ? target : undefined;
}

/** Splits a raw (percent-encoded) URL path into decoded segments; undefined when the encoding is broken. */
export function decodePathSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}
