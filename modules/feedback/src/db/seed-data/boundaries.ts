import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREA_LEVELS, type AreaLevel } from '../../contract/domain.js';
import type { areas } from '../schema.js';

/** The SCHEMATIC sample boundaries shipped with the module (see generate-boundaries.ts). */
// Not `new URL('./…', import.meta.url)`: Vite rewrites that literal pattern into an asset URL when the
// module is loaded in a browser-like test environment (happy-dom UI tests start the real API).
export const SAMPLE_BOUNDARIES_FILE = join(dirname(fileURLToPath(import.meta.url)), 'dien-bien.geojson');

type Position = number[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}
interface AreaFeature {
  properties: { id?: unknown; level?: unknown; parentId?: unknown; nameVi?: unknown; nameEn?: unknown };
  geometry: Geometry | null;
}

/**
 * Reads a GeoJSON FeatureCollection of administrative areas into rows of `areas`. Each feature needs
 * properties id, level (province | district | ward | group), parentId (null for the province), nameVi,
 * nameEn, and a Polygon or MultiPolygon in WGS 84. Official boundaries in that shape replace the sample.
 * Throws with the feature's position on anything else, so a broken import stops the seed instead of
 * leaving half a map.
 */
export async function readBoundaries(path: string = SAMPLE_BOUNDARIES_FILE): Promise<Array<typeof areas.$inferInsert>> {
  const collection = JSON.parse(await readFile(path, 'utf8')) as { type?: string; features?: AreaFeature[] };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  }
  return collection.features.map((feature, index) => toAreaRow(feature, `${path} feature ${index}`));
}

function toAreaRow({ properties, geometry }: AreaFeature, where: string): typeof areas.$inferInsert {
  const text = (value: unknown, name: string) => {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where}: property ${name} must be a non-empty string`);
    return value.normalize('NFC');
  };
  const level = properties.level as AreaLevel;
  if (!AREA_LEVELS.includes(level)) throw new Error(`${where}: level must be one of ${AREA_LEVELS.join(', ')}`);
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`${where}: geometry must be a Polygon or MultiPolygon`);
  }
  const positions = (geometry.coordinates as unknown[]).flat(geometry.type === 'Polygon' ? 1 : 2) as Position[];
  const lngs = positions.map((position) => position[0]!);
  const lats = positions.map((position) => position[1]!);
  if (positions.length < 4 || [...lngs, ...lats].some((value) => !Number.isFinite(value))) {
    throw new Error(`${where}: geometry has no usable coordinates`);
  }
  return {
    id: text(properties.id, 'id'),
    level,
    parentId: level === 'province' ? null : text(properties.parentId, 'parentId'),
    nameVi: text(properties.nameVi, 'nameVi'),
    nameEn: text(properties.nameEn, 'nameEn'),
    geometry,
    // reduce, not Math.min(...): official boundaries can have more points than a call takes arguments.
    minLng: lngs.reduce((a, b) => Math.min(a, b)),
    minLat: lats.reduce((a, b) => Math.min(a, b)),
    maxLng: lngs.reduce((a, b) => Math.max(a, b)),
    maxLat: lats.reduce((a, b) => Math.max(a, b)),
  };
}
