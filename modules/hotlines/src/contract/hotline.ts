/**
 * Constants of the hotline contract, in a file without runtime imports so the UI bundle can use
 * them without pulling in zod. The shapes themselves are the zod schemas in ./schemas.ts.
 */

/** What kind of service answers the line; the UI colours and picks an icon by it. */
export const HOTLINE_KINDS = [
  'police',
  'fire',
  'hospital',
  'health_center',
  'rescue',
  'child_protection',
  'government',
  'utility',
  'other',
] as const;
export type HotlineKind = (typeof HOTLINE_KINDS)[number];

/** National lines (113, 114, 115, 112, 111) work everywhere in Vietnam; local ones belong to the province. */
export const HOTLINE_SCOPES = ['national', 'local'] as const;
export type HotlineScope = (typeof HOTLINE_SCOPES)[number];

export const FACILITY_PAGE_SIZE = { default: 20, max: 100 } as const;
