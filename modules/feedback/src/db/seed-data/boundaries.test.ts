import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundaries } from './boundaries.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'feedback-boundaries-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileWith(content: unknown): Promise<string> {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.geojson`);
  await writeFile(path, JSON.stringify(content));
  return path;
}

const square = { type: 'Polygon', coordinates: [[[103, 21], [103.1, 21], [103.1, 21.2], [103, 21.2], [103, 21]]] };
const feature = (properties: Record<string, unknown>, geometry: unknown = square) => ({ type: 'Feature', properties, geometry });

describe('readBoundaries', () => {
  it('reads the shipped sample: one province, ten districts, seven wards, groups, with their bounding boxes', async () => {
    const rows = await readBoundaries();
    const count = (level: string) => rows.filter((row) => row.level === level).length;
    expect([count('province'), count('district'), count('ward')]).toEqual([1, 10, 7]);
    expect(count('group')).toBeGreaterThanOrEqual(7 * 9);
    const province = rows.find((row) => row.level === 'province')!;
    expect(province.minLat).toBeGreaterThan(20.8);
    expect(province.maxLat).toBeLessThan(22.6);
    expect(province.minLng).toBeGreaterThan(102.1);
    expect(province.maxLng).toBeLessThan(103.7);
  });

  it('reads an official-style file with a MultiPolygon and computes its bounding box', async () => {
    const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, [[[104, 22], [104.5, 22], [104.5, 22.5], [104, 22]]]] };
    const rows = await readBoundaries(await fileWith({ type: 'FeatureCollection', features: [feature({ id: 'x', level: 'province', nameVi: 'Tỉnh X', nameEn: 'X province' }, multi)] }));
    expect(rows).toEqual([expect.objectContaining({ id: 'x', parentId: null, minLng: 103, minLat: 21, maxLng: 104.5, maxLat: 22.5 })]);
  });

  it.each([
    ['not a FeatureCollection', { type: 'Feature' }, /not a GeoJSON FeatureCollection/],
    ['an unknown level', { type: 'FeatureCollection', features: [feature({ id: 'a', level: 'commune', nameVi: 'A', nameEn: 'A' })] }, /feature 0: level/],
    ['a missing parent', { type: 'FeatureCollection', features: [feature({ id: 'a', level: 'ward', nameVi: 'A', nameEn: 'A' })] }, /parentId/],
    ['a point geometry', { type: 'FeatureCollection', features: [feature({ id: 'a', level: 'province', nameVi: 'A', nameEn: 'A' }, { type: 'Point', coordinates: [103, 21] })] }, /Polygon or MultiPolygon/],
  ])('refuses %s, naming the feature', async (_, content, message) => {
    await expect(readBoundaries(await fileWith(content))).rejects.toThrow(message);
  });
});
