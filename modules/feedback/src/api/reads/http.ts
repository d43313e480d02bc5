/** Public lists and pages: shared caches may keep them a minute (a new report shows up soon enough). */
export const PUBLIC_CACHE = 'public, max-age=60';
/** Boundaries change only when an operator imports new ones. */
export const BOUNDARIES_CACHE = 'public, max-age=3600';
/** Anything that depends on who asks. */
export const PRIVATE_CACHE = 'private, no-store';

// One language negotiation for every module (module-kit); re-exported for this module's routes.
export { preferredLanguage, type Lang } from '@portal/module-kit';
