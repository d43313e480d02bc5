import type { GeoJsonCollection } from '../api-client.js';

export interface WardOption {
  id: string;
  name: { vi: string; en: string };
  /** minLng,minLat,maxLng,maxLat of the ward's outline (the map endpoint filters by box). */
  bbox: string | null;
}

/** Wards from GET /boundaries?level=ward, sorted by their Vietnamese name. */
export function wardOptions(collection: GeoJsonCollection): WardOption[] {
  return collection.features
    .map((feature) => {
      const properties = feature.properties as { id: string; name: { vi: string; en: string } };
      return { id: properties.id, name: properties.name, bbox: bboxOf(feature.geometry.coordinates) };
    })
    .sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'));
}

function bboxOf(coordinates: unknown): string | null {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [lng, lat] = value as [number, number];
      box[0] = Math.min(box[0]!, lng);
      box[1] = Math.min(box[1]!, lat);
      box[2] = Math.max(box[2]!, lng);
      box[3] = Math.max(box[3]!, lat);
      return;
    }
    value.forEach(visit);
  };
  visit(coordinates);
  return Number.isFinite(box[0]) ? box.map((n) => n.toFixed(6)).join(',') : null;
}
