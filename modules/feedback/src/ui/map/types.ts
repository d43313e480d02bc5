import type { ReportStatus } from '../../contract/domain.js';
import type { GeoJsonCollection } from '../api-client.js';

export interface LatLng {
  lat: number;
  lng: number;
}

/** A report drawn as a circle marker coloured by its status. */
export interface MapPoint extends LatLng {
  code: string;
  status: ReportStatus;
  /** Shown as the marker's tooltip and accessible name. */
  title?: string;
}

export interface MapConfig {
  tileUrl: string | null;
  attribution: string | null;
}

export interface MapViewOptions {
  config: MapConfig;
  center: LatLng;
  zoom: number;
  /** Accessible names (translated by the React side). */
  labels: { pin: string };
  onPick?: (position: LatLng) => void;
  onPointClick?: (code: string) => void;
}

/** What the lazily loaded Leaflet view offers to the React component. */
export interface MapView {
  setBoundaries(collection: GeoJsonCollection | null, fit: boolean): void;
  setPoints(points: readonly MapPoint[]): void;
  setPin(pin: LatLng | null, draggable: boolean): void;
  setView(center: LatLng, zoom: number): void;
  /** Recompute the size after the container changed (e.g. it became visible). */
  resize(): void;
  destroy(): void;
}

/** Status colours of the design tokens (AA against white), kept here because Leaflet draws SVG. */
export const STATUS_COLOURS: Record<ReportStatus, string> = {
  submitted: '#0b57a4',
  in_progress: '#8a4b00',
  answered: '#1b6e3a',
  closed: '#1b6e3a',
  rejected: '#b3261e',
};

/** GeoJSON points of GET /public/map → MapPoint[] (properties {code, status, title}). */
export function pointsFromGeoJson(collection: GeoJsonCollection): MapPoint[] {
  return collection.features.flatMap((feature) => {
    const coordinates = feature.geometry.coordinates as [number, number] | undefined;
    const { code, status, title } = feature.properties as { code?: string; status?: ReportStatus; title?: string };
    if (feature.geometry.type !== 'Point' || !coordinates || !code || !status) return [];
    return [{ code, status, title, lng: coordinates[0], lat: coordinates[1] }];
  });
}
