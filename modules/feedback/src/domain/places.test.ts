import { describe, expect, it } from 'vitest';
import type { AreaLevel } from '../contract/domain.js';
import { areaChainOf, locatePoint, placeLabel, toPlace, type AreaRow } from './places.js';

/** A rectangular area (lng/lat box) for pure tests. */
function box(id: string, level: AreaLevel, parentId: string | null, names: [string, string], [minLng, minLat, maxLng, maxLat]: number[]): AreaRow {
  const ring = [[minLng, minLat], [maxLng, minLat], [maxLng, maxLat], [minLng, maxLat], [minLng, minLat]];
  return { id, level, parentId, nameVi: names[0], nameEn: names[1], geometry: { type: 'Polygon', coordinates: [ring] }, minLng: minLng!, minLat: minLat!, maxLng: maxLng!, maxLat: maxLat! };
}

const province = box('p', 'province', null, ['Tỉnh Điện Biên', 'Điện Biên province'], [0, 0, 10, 10]);
const city = box('city', 'district', 'p', ['Thành phố Điện Biên Phủ', 'Điện Biên Phủ city'], [0, 0, 5, 5]);
const rural = box('rural', 'district', 'p', ['Huyện Tuần Giáo', 'Tuần Giáo district'], [5, 0, 10, 10]);
const ward = box('ward', 'ward', 'city', ['Phường Him Lam', 'Him Lam ward'], [0, 0, 2, 2]);
const group = box('group', 'group', 'ward', ['Tổ dân phố 3', 'Residential group 3'], [0, 0, 1, 1]);
// A sloppy neighbour: overlaps the ward but belongs to another district, so it must never be picked.
const stray = box('stray', 'group', 'other-ward', ['Tổ dân phố 9', 'Residential group 9'], [0, 0, 3, 3]);
const all = [stray, group, ward, rural, city, province];

describe('locatePoint', () => {
  it('finds the deepest areas, each inside its parent', () => {
    const place = locatePoint({ lat: 0.5, lng: 0.5 }, all);
    expect([place?.group?.id, place?.ward?.id, place?.district?.id, place?.province.id]).toEqual(['group', 'ward', 'city', 'p']);
    expect(areaChainOf(place!)).toEqual(['group', 'ward', 'city', 'p']);
  });

  it('stops at the ward or the district where deeper data is missing', () => {
    expect(areaChainOf(locatePoint({ lat: 1.5, lng: 1.5 }, all)!)).toEqual(['ward', 'city', 'p']);
    expect(areaChainOf(locatePoint({ lat: 8, lng: 8 }, all)!)).toEqual(['rural', 'p']);
  });

  it('is null outside the province', () => {
    expect(locatePoint({ lat: 11, lng: 5 }, all)).toBeNull();
    expect(locatePoint({ lat: 1, lng: 1 }, [group, ward, city])).toBeNull();
  });

  it('respects holes (a city cut out of the district around it)', () => {
    const ring = (points: number[][]) => [...points, points[0]!];
    const district: AreaRow = {
      ...box('around', 'district', 'p', ['Huyện Điện Biên', 'Điện Biên district'], [0, 0, 6, 6]),
      geometry: { type: 'Polygon', coordinates: [ring([[0, 0], [6, 0], [6, 6], [0, 6]]), ring([[0, 0], [0, 5], [5, 5], [5, 0]])] },
    };
    expect(locatePoint({ lat: 1, lng: 1 }, [district, city, province])?.district?.id).toBe('city');
    expect(locatePoint({ lat: 5.5, lng: 5.5 }, [district, city, province])?.district?.id).toBe('around');
  });
});

describe('placeLabel and toPlace', () => {
  it('writes the place as people say it, in both languages', () => {
    expect(placeLabel(locatePoint({ lat: 0.5, lng: 0.5 }, all)!)).toEqual({
      vi: 'Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ',
      en: 'Residential group 3, Him Lam ward, Điện Biên Phủ city',
    });
  });

  it('names the province when only the district is known', () => {
    expect(placeLabel(locatePoint({ lat: 8, lng: 8 }, all)!)).toEqual({
      vi: 'Huyện Tuần Giáo, tỉnh Điện Biên',
      en: 'Tuần Giáo district, Điện Biên province',
    });
  });

  it('gives the API place with ids and names', () => {
    expect(toPlace(locatePoint({ lat: 1.5, lng: 1.5 }, all)!)).toEqual({
      group: null,
      ward: { id: 'ward', name: { vi: 'Phường Him Lam', en: 'Him Lam ward' } },
      district: { id: 'city', name: { vi: 'Thành phố Điện Biên Phủ', en: 'Điện Biên Phủ city' } },
      label: { vi: 'Phường Him Lam, thành phố Điện Biên Phủ', en: 'Him Lam ward, Điện Biên Phủ city' },
    });
  });
});
