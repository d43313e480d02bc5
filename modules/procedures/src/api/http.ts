import type { Context } from 'hono';

/** The catalog changes only when an operator edits it. */
export const CATALOG_CACHE = 'public, max-age=300';
/** Public statistics may be a minute old. */
export const PUBLIC_CACHE = 'public, max-age=60';
/** Anything that depends on who asks (and the public lookup, which must not be shared). */
export const PRIVATE_CACHE = 'private, no-store';

export type Lang = 'vi' | 'en';

/** The language for problem details: English when the client prefers it, Vietnamese otherwise (the default). */
export function preferredLanguage(c: Context): Lang {
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
