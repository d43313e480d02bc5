import { useCallback, useEffect, useState } from 'react';
import type { Place } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';

export interface ChosenLocation {
  lat: number;
  lng: number;
  accuracyM: number | null;
  source: 'device' | 'pin';
}

export type DeviceState = 'idle' | 'locating' | 'denied' | 'unavailable';

/** The device position, asked for on a tap; high accuracy, because the place decides the unit. */
export function useDevicePosition(onFound: (location: ChosenLocation) => void): { state: DeviceState; request: () => void } {
  const [state, setState] = useState<DeviceState>('idle');
  const request = useCallback(() => {
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) return setState('unavailable');
    setState('locating');
    geolocation.getCurrentPosition(
      ({ coords }) => {
        setState('idle');
        onFound({ lat: coords.latitude, lng: coords.longitude, accuracyM: Math.round(coords.accuracy), source: 'device' });
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  }, [onFound]);
  return { state, request };
}

export type PlaceState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; place: Place }
  | { status: 'outside' }
  | { status: 'unknown' };

/** The place ("Tổ dân phố 3, phường Him Lam, …") of the chosen point, from GET /place. */
export function usePlace(location: ChosenLocation | null): PlaceState {
  const api = useFeedbackApi();
  const [state, setState] = useState<PlaceState>({ status: 'idle' });
  const lat = location?.lat;
  const lng = location?.lng;
  useEffect(() => {
    if (lat === undefined || lng === undefined) return setState({ status: 'idle' });
    let cancelled = false;
    setState({ status: 'loading' });
    api.place(lat, lng).then(
      (result) => !cancelled && setState(result.place ? { status: 'ready', place: result.place } : { status: 'outside' }),
      // Offline or a server error: the report can still be written; the server places it on arrival.
      () => !cancelled && setState({ status: 'unknown' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, lat, lng]);
  return state;
}
