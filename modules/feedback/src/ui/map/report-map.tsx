import { Button, useTranslation } from '@portal/shared-ui';
import { useEffect, useRef, useState } from 'react';
import { useFeedbackApi, type FeedbackClient, type GeoJsonCollection } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import type { LatLng, MapConfig, MapPoint, MapView } from './types.js';
import './map.css';

export type { LatLng, MapPoint } from './types.js';
export { pointsFromGeoJson } from './types.js';

/** Điện Biên Phủ city centre: where a map opens when nothing else tells it where to look. */
export const CITY_CENTRE: LatLng = { lat: 21.386, lng: 103.017 };

export interface ReportMapProps {
  /**
   * Administrative boundaries drawn as the base layer. Omitted: the province's districts and wards
   * are fetched (GET /boundaries); `null`: none.
   */
  boundaries?: GeoJsonCollection | null;
  points?: readonly MapPoint[];
  /** The chosen place; draggable when `onPick` is given. */
  pin?: LatLng | null;
  /** Called with the tapped or dragged-to position; the map becomes a picker. */
  onPick?: (position: LatLng) => void;
  onPointClick?: (code: string) => void;
  /** Default: fit the boundaries, or the city centre. */
  center?: LatLng;
  zoom?: number;
  /** CSS height; the space is reserved before Leaflet arrives, so nothing jumps. */
  height?: number | string;
  /** Accessible name of the map region. */
  label?: string;
}

// Fetched once per page: every map shares the tile settings and the default boundaries.
let configPromise: Promise<MapConfig> | null = null;
let boundariesPromise: Promise<GeoJsonCollection> | null = null;

function mapConfig(api: FeedbackClient): Promise<MapConfig> {
  configPromise ??= api.mapConfig().catch(() => ({ tileUrl: null, attribution: null }));
  return configPromise;
}

function defaultBoundaries(api: FeedbackClient): Promise<GeoJsonCollection> {
  boundariesPromise ??= api.boundaries().catch((error: unknown) => {
    boundariesPromise = null;
    throw error;
  });
  return boundariesPromise;
}

/**
 * A Leaflet map of reports and boundaries. Leaflet (and its CSS) is fetched only when a map is
 * shown; without a configured tile server the map is the boundaries on a plain background.
 */
export function ReportMap({ boundaries, points, pin, onPick, onPointClick, center, zoom = 14, height = 280, label }: ReportMapProps) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const element = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [attempt, setAttempt] = useState(0);
  // Latest callbacks, so the map is created once and still calls the current handlers.
  const handlers = useRef({ onPick, onPointClick });
  handlers.current = { onPick, onPointClick };
  const picker = Boolean(onPick);
  const initialCenter = useRef(center ?? pin ?? CITY_CENTRE);

  useEffect(() => {
    let created: MapView | null = null;
    let cancelled = false;
    setState('loading');
    Promise.all([import('./leaflet-view.js'), mapConfig(api)])
      .then(async ([{ createLeafletView }, config]) => {
        if (cancelled || !element.current) return;
        created = await createLeafletView(element.current, {
          config,
          center: initialCenter.current,
          zoom,
          labels: { pin: t('map.pin') },
          onPick: picker ? (position) => handlers.current.onPick?.(position) : undefined,
          onPointClick: (code) => handlers.current.onPointClick?.(code),
        });
        if (cancelled) return created.destroy();
        setView(created);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      created?.destroy();
    };
    // The map is built once; later prop changes go through the effects below.
  }, [api, picker, attempt]);

  useEffect(() => {
    if (!view) return;
    const fit = !center && !pin;
    if (boundaries === null) return view.setBoundaries(null, false);
    if (boundaries) return view.setBoundaries(boundaries, fit);
    let cancelled = false;
    defaultBoundaries(api).then(
      (collection) => !cancelled && view.setBoundaries(collection, fit),
      () => undefined, // The map stays usable without its background.
    );
    return () => {
      cancelled = true;
    };
    // Fitting happens when the boundaries arrive, not whenever the pin moves.
  }, [view, boundaries, api]);

  useEffect(() => view?.setPoints(points ?? []), [view, points]);
  useEffect(() => view?.setPin(pin ?? null, picker), [view, pin?.lat, pin?.lng, picker]);
  useEffect(() => {
    if (view && center) view.setView(center, zoom);
  }, [view, center?.lat, center?.lng, zoom]);

  return (
    <div className="feedback-map" style={{ height }} role="region" aria-label={label ?? t('map.label')}>
      <div ref={element} style={{ height: '100%' }} />
      {state === 'loading' && (
        <p className="feedback-map__status" role="status">
          {t('map.loading')}
        </p>
      )}
      {state === 'failed' && (
        // A chunk that did not arrive (flaky network) gets another chance; the page works without the map.
        <div className="feedback-map__status" role="alert">
          <p>{t('map.failed')}</p>
          <Button variant="secondary" icon="refresh" onClick={() => setAttempt((n) => n + 1)}>
            {t('map.retry')}
          </Button>
        </div>
      )}
    </div>
  );
}
