/** The catalog changes only when an operator edits it. */
export const CATALOG_CACHE = 'public, max-age=300';
/** Public statistics may be a minute old. */
export const PUBLIC_CACHE = 'public, max-age=60';
/** Anything that depends on who asks (and the public lookup, which must not be shared). */
export const PRIVATE_CACHE = 'private, no-store';

// One language negotiation for every module (module-kit); re-exported for this module's routes.
export { preferredLanguage, type Lang } from '@portal/module-kit';
