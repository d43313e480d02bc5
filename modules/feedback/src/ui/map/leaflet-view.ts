import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { GeoJsonCollection } from '../api-client.js';
import { STATUS_COLOURS, type LatLng, type MapPoint, type MapView, type MapViewOptions } from './types.js';

/*
 * The Leaflet side of <ReportMap>, in its own lazily loaded chunk (with Leaflet's CSS). Leaflet itself
 * is a Module Federation shared singleton, so every module with a map reuses one copy.
 */

const BOUNDARY_STYLE: Record<string, Leaflet.PathOptions> = {
  province: { color: '#141a23', weight: 3, fill: false },
  district: { color: '#4a5565', weight: 2, fillColor: '#e9edf2', fillOpacity: 0.35 },
  ward: { color: '#0b57a4', weight: 1.5, fillColor: '#e4eef9', fillOpacity: 0.35 },
  group: { color: '#0b57a4', weight: 1, dashArray: '4 4', fillOpacity: 0 },
};

async function loadLeaflet(): Promise<typeof Leaflet> {
  const module = (await import('leaflet')) as typeof Leaflet & { default?: typeof Leaflet };
  return module.default ?? module;
}

export async function createLeafletView(element: HTMLElement, options: MapViewOptions): Promise<MapView> {
  const L = await loadLeaflet();
  const map = L.map(element, { zoomControl: true, attributionControl: Boolean(options.config.attribution) });
  map.setView([options.center.lat, options.center.lng], options.zoom);
  if (options.config.tileUrl) {
    L.tileLayer(options.config.tileUrl, { attribution: options.config.attribution ?? '', maxZoom: 19 }).addTo(map);
  }
  const boundaryLayer = L.layerGroup().addTo(map);
  const pointLayer = L.layerGroup().addTo(map);
  let pin: Leaflet.Marker | null = null;

  if (options.onPick) {
    const onPick = options.onPick;
    map.on('click', (event: Leaflet.LeafletMouseEvent) => onPick({ lat: event.latlng.lat, lng: event.latlng.lng }));
    // Keyboard: the arrow keys pan the map (Leaflet), Enter drops the pin at its centre.
    map.getContainer().addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.target !== map.getContainer()) return;
      event.preventDefault();
      const centre = map.getCenter();
      onPick({ lat: centre.lat, lng: centre.lng });
    });
  }

  const pinIcon = L.divIcon({ className: 'feedback-map-pin', html: '<span></span>', iconSize: [28, 40], iconAnchor: [14, 40] });

  return {
    setBoundaries(collection: GeoJsonCollection | null, fit: boolean) {
      boundaryLayer.clearLayers();
      if (!collection || collection.features.length === 0) return;
      const layer = L.geoJSON(collection as unknown as GeoJSON.FeatureCollection, {
        // Boundaries are the background: clicks go through to the map (to drop the pin).
        interactive: false,
        style: (feature) => BOUNDARY_STYLE[String(feature?.properties?.level)] ?? BOUNDARY_STYLE.ward!,
      });
      boundaryLayer.addLayer(layer);
      if (fit) map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    },
    setPoints(points: readonly MapPoint[]) {
      pointLayer.clearLayers();
      for (const point of points) {
        const colour = STATUS_COLOURS[point.status];
        const marker = L.circleMarker([point.lat, point.lng], { radius: 8, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1 });
        if (point.title) marker.bindTooltip(point.title);
        if (options.onPointClick) {
          const onPointClick = options.onPointClick;
          marker.on('click', () => onPointClick(point.code));
        }
        pointLayer.addLayer(marker);
      }
    },
    setPin(position: LatLng | null, draggable: boolean) {
      if (!position) {
        pin?.remove();
        pin = null;
        return;
      }
      if (!pin) {
        pin = L.marker([position.lat, position.lng], { icon: pinIcon, draggable, title: options.labels.pin, alt: options.labels.pin, keyboard: true });
        pin.on('dragend', () => {
          const at = pin!.getLatLng();
          options.onPick?.({ lat: at.lat, lng: at.lng });
        });
        pin.addTo(map);
      } else {
        pin.setLatLng([position.lat, position.lng]);
      }
      if (!map.getBounds().contains([position.lat, position.lng])) map.panTo([position.lat, position.lng]);
    },
    setView(center: LatLng, zoom: number) {
      map.setView([center.lat, center.lng], zoom);
    },
    resize() {
      map.invalidateSize();
    },
    destroy() {
      map.remove();
    },
  };
}
