import { APPLICANT_TYPES, ONLINE_LEVELS, PROCEDURE_LEVELS } from '../../contract/domain.js';
import type { CatalogQuery } from '../shared/api-client.js';

/** The catalog filters kept in the page's URL (so a link, the back button or a reload keep them). */
export const FILTER_NAMES = ['field', 'agency', 'level', 'applicant', 'onlineLevel'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the catalog query from URL parameters, dropping values the API would refuse. */
export function catalogQueryFrom(params: URLSearchParams): CatalogQuery {
  return {
    q: params.get('q')?.trim() || undefined,
    field: params.get('field') || undefined,
    agency: params.get('agency') || undefined,
    level: oneOf(PROCEDURE_LEVELS, params.get('level')),
    applicant: oneOf(APPLICANT_TYPES, params.get('applicant')),
    onlineLevel: oneOf(ONLINE_LEVELS, params.get('onlineLevel')),
  };
}

/** How many filters (not the words) are set: shown on the collapsed panel. */
export function activeFilterCount(query: CatalogQuery): number {
  return FILTER_NAMES.filter((name) => query[name] !== undefined).length;
}
