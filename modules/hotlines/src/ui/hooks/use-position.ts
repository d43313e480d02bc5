import { useCallback, useState } from 'react';
import type { Coordinates } from '../../contract/schemas.js';

export type PositionState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'ready'; coords: Coordinates }
  | { status: 'denied' }
  | { status: 'unavailable' };

/** Kept while the page lives, so coming back from a detail page keeps the distance order. */
let lastPosition: Coordinates | null = null;

/** About 11 m: plenty to sort by distance, and it does not send a precise position around. */
const round = (degrees: number) => Math.round(degrees * 10_000) / 10_000;

/** The visitor's position, asked for only when `request()` is called (on a tap). */
export function usePosition(): { position: PositionState; request: () => void } {
  const [position, setPosition] = useState<PositionState>(
    lastPosition ? { status: 'ready', coords: lastPosition } : { status: 'idle' },
  );

  const request = useCallback(() => {
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) {
      setPosition({ status: 'unavailable' });
      return;
    }
    setPosition({ status: 'locating' });
    geolocation.getCurrentPosition(
      ({ coords }) => {
        lastPosition = { lat: round(coords.latitude), lng: round(coords.longitude) };
        setPosition({ status: 'ready', coords: lastPosition });
      },
      (error) => setPosition({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);

  return { position, request };
}
