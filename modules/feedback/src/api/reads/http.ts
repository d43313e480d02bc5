import type { Context } from 'hono';

/** Public lists and pages: shared caches may keep them a minute (a new report shows up soon enough). */
export const PUBLIC_CACHE = 'public, max-age=60';
/** Boundaries change only when an operator imports new ones. */
export const BOUNDARIES_CACHE = 'public, max-age=3600';
/** Anything that depends on who asks. */
export const PRIVATE_CACHE = 'private, no-store';

export type Lang = 'vi' | 'en';

/** The language for problem details: English when the client prefers it, Vietnamese otherwise (the default). */
export function preferredLanguage(c: Context): Lang {
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
