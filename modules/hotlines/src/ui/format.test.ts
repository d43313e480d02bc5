import { describe, expect, it } from 'vitest';
import { formatDistance, mapHref } from './format.js';

describe('formatDistance', () => {
  it('writes Vietnamese decimals with a comma and English ones with a point', () => {
    expect(formatDistance(1234, 'vi')).toBe('1,2 km');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
  });

  it('rounds to 10 m below a kilometre and to whole kilometres from 10 km', () => {
    expect(formatDistance(0, 'vi')).toBe('0 m');
    expect(formatDistance(847, 'vi')).toBe('850 m');
    expect(formatDistance(35_400, 'vi')).toBe('35 km');
  });
});

describe('mapHref', () => {
  const place = { lat: 21.4046, lng: 103.0352 };

  it('gives Android a geo: URI the map apps open', () => {
    expect(mapHref(place, 'Bệnh viện', 'Mozilla/5.0 (Linux; Android 14)')).toBe(
      'geo:21.4046,103.0352?q=21.4046,103.0352(B%E1%BB%87nh%20vi%E1%BB%87n)',
    );
  });

  it('gives other systems an OpenStreetMap link with a marker', () => {
    expect(mapHref(place, 'Bệnh viện', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)')).toBe(
      'https://www.openstreetmap.org/?mlat=21.4046&mlon=103.0352#map=17/21.4046/103.0352',
    );
  });
});
