import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { foldForSearch, type Db } from '@portal/module-kit';
import type { Coordinates, Facility, FacilityQuery, Hotline } from '../contract/schemas.js';
import { toHotline } from '../db/rows.js';
import { lines } from '../db/schema.js';

/** Mean Earth radius (IUGG), the one the tests' haversine uses too. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

export async function listEmergencyLines(db: Db): Promise<Hotline[]> {
  const rows = await db.select().from(lines).where(eq(lines.scope, 'national')).orderBy(asc(lines.displayOrder), asc(lines.id));
  return rows.map(toHotline);
}

export async function findFacility(db: Db, id: string): Promise<Hotline | undefined> {
  const [row] = await db.select().from(lines).where(and(eq(lines.scope, 'local'), eq(lines.id, id)));
  return row && toHotline(row);
}

export interface FacilitySearch extends Omit<FacilityQuery, 'near'> {
  near?: Coordinates;
}

export async function searchFacilities(db: Db, search: FacilitySearch): Promise<{ items: Facility[]; total: number }> {
  const where = and(eq(lines.scope, 'local'), search.kind ? eq(lines.kind, search.kind) : undefined, ...wordFilters(search.q));
  const distance = search.near ? greatCircleMeters(search.near) : undefined;
  const order = distance
    ? [sql`${distance} asc nulls last`, asc(lines.displayOrder), asc(lines.id)]
    : [asc(lines.displayOrder), asc(lines.id)];

  const [rows, [counted]] = await Promise.all([
    db
      .select({ line: lines, distance: distance ? sql<number | null>`round(${distance})::int` : sql<null>`null::int` })
      .from(lines)
      .where(where)
      .orderBy(...order)
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ total: count() }).from(lines).where(where),
  ]);
  const items = rows.map(({ line, distance: meters }) =>
    search.near ? { ...toHotline(line), distanceMeters: meters } : toHotline(line),
  );
  return { items, total: counted?.total ?? 0 };
}

/** Every word must occur in the folded search text, so word order and diacritics do not matter. */
function wordFilters(q: string | undefined): SQL[] {
  const words = foldForSearch(q ?? '').split(/\s+/).filter(Boolean);
  return words.map((word) => sql`${lines.searchText} like ${`%${escapeLike(word)}%`} escape '\\'`);
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Haversine distance in SQL with built-in functions only (no earthdistance/PostGIS needed). */
function greatCircleMeters({ lat, lng }: Coordinates): SQL<number | null> {
  const halfChord = sql`power(sin(radians(${lines.lat} - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${lines.lat})) * power(sin(radians(${lines.lng} - ${lng}::float8) / 2), 2)`;
  return sql<number | null>`(2 * ${EARTH_RADIUS_METERS}::float8 * asin(sqrt(least(1, ${halfChord}))))`;
}
