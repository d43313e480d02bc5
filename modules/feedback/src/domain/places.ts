import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { and, gte, lte } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db, LocalizedText, Tx } from '@portal/module-kit';
import type { Place } from '../contract/schemas.js';
import { areas } from '../db/schema.js';

export type AreaRow = typeof areas.$inferSelect;

export interface LatLng {
  lat: number;
  lng: number;
}

/** The areas a point lies in, deepest known level included; levels without data are null. */
export interface LocatedPoint {
  province: AreaRow;
  district: AreaRow | null;
  ward: AreaRow | null;
  group: AreaRow | null;
}

function contains(area: AreaRow, { lat, lng }: LatLng): boolean {
  if (lat < area.minLat || lat > area.maxLat || lng < area.minLng || lng > area.maxLng) return false;
  return booleanPointInPolygon([lng, lat], area.geometry as Polygon | MultiPolygon);
}

/**
 * Where a point is: the province containing it, then the district of that province containing it, its ward,
 * its residential group. null when no province contains it (outside the province: the caller refuses it).
 * Inside the province but with no ward data (most districts here), the place stops at the district.
 * Each level is looked up among the children of the level above, so overlapping sketches of neighbouring
 * areas cannot give a group of one ward and the ward next door.
 */
export function locatePoint(point: LatLng, candidates: readonly AreaRow[]): LocatedPoint | null {
  const containing = candidates.filter((area) => contains(area, point));
  const find = (level: AreaRow['level'], parent: AreaRow | null) =>
    parent ? (containing.find((area) => area.level === level && area.parentId === parent.id) ?? null) : null;
  const province = containing.find((area) => area.level === 'province');
  if (!province) return null;
  const district = find('district', province);
  const ward = find('ward', district);
  const group = find('group', ward);
  return { province, district, ward, group };
}

/** The area ids of a place from the deepest up: [group, ward, district, province] without missing levels. */
export function areaChainOf(place: LocatedPoint): string[] {
  return [place.group, place.ward, place.district, place.province].filter((area) => area !== null).map((area) => area.id);
}

/**
 * The place as people say it: "Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ" /
 * "Residential group 3, Him Lam ward, Điện Biên Phủ city". Vietnamese writes the administrative word in
 * lower case after the first part ("phường", "thành phố"). A place known only to the district level names
 * the province too ("Huyện Tuần Giáo, tỉnh Điện Biên").
 */
export function placeLabel(place: LocatedPoint): LocalizedText {
  const parts = [place.group, place.ward, place.district].filter((area) => area !== null);
  if (parts.length < 2) parts.push(place.province);
  const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
  return {
    vi: parts.map((area, index) => (index === 0 ? area.nameVi : lowerFirst(area.nameVi))).join(', '),
    en: parts.map((area) => area.nameEn).join(', '),
  };
}

/** The API's Place (ids, names, label). */
export function toPlace(place: LocatedPoint): Place {
  const named = (area: AreaRow | null) => (area ? { id: area.id, name: { vi: area.nameVi, en: area.nameEn } } : null);
  return { group: named(place.group), ward: named(place.ward), district: named(place.district), label: placeLabel(place) };
}

/**
 * The areas whose boundary contains the point: the bounding boxes are compared in SQL (index
 * areas_bbox_idx), the few rows left get the exact point-in-polygon test here.
 */
export async function loadAreasContaining(db: Db | Tx, point: LatLng): Promise<AreaRow[]> {
  const rows = await db
    .select()
    .from(areas)
    .where(and(lte(areas.minLat, point.lat), gte(areas.maxLat, point.lat), lte(areas.minLng, point.lng), gte(areas.maxLng, point.lng)));
  return rows.filter((area) => contains(area, point));
}

/** locatePoint over the database's boundaries; null outside the province. */
export async function locate(db: Db | Tx, point: LatLng): Promise<LocatedPoint | null> {
  return locatePoint(point, await loadAreasContaining(db, point));
}
