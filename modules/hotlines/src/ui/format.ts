import type { Language } from '@portal/shared-ui';
import type { Coordinates } from '../contract/schemas.js';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "850 m", "1,2 km" (vi) or "1.2 km" (en), "35 km": precise near, rounder far. */
export function formatDistance(meters: number, language: Language): string {
  const locale = LOCALES[language];
  if (meters < 1000) return `${new Intl.NumberFormat(locale).format(Math.round(meters / 10) * 10)} m`;
  const kilometers = meters / 1000;
  const digits = kilometers < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(kilometers)} km`;
}

/**
 * A link that opens a map at the place: a `geo:` URI on Android (the system offers the map apps,
 * which give directions), an OpenStreetMap page elsewhere (iOS and desktops ignore `geo:`).
 */
export function mapHref({ lat, lng }: Coordinates, label: string, userAgent = globalThis.navigator?.userAgent ?? ''): string {
  if (/android/i.test(userAgent)) return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

export function formatCoordinates({ lat, lng }: Coordinates, language: Language): string {
  const format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return `${format.format(lat)}, ${format.format(lng)}`;
}
