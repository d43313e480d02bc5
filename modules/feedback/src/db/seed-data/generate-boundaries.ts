/**
 * Writes dien-bien.geojson: SCHEMATIC boundaries of Điện Biên province for demos and tests, NOT official
 * ones. Run `npx tsx src/db/seed-data/generate-boundaries.ts` in modules/feedback after a change and commit
 * the output. Replace the output with the province's official GeoJSON for real use (see README, "Areas and
 * routing").
 *
 * How it is drawn: a hand-traced outline of the province; districts are the Voronoi cells of points near
 * each district's centre, clipped to that outline, so they tile it; Điện Biên Phủ city and Mường Lay town
 * (small) are drawn by hand and cut out of the district cell around them as holes. The city's 7 wards are
 * the Voronoi cells of points near their centres clipped to the city, and each ward is cut into a 4 × 4
 * grid of residential groups (tổ dân phố), numbered from the north-west, row by row.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Point = [lng: number, lat: number];
type Ring = Point[];

interface AreaFeature {
  type: 'Feature';
  properties: { id: string; level: 'province' | 'district' | 'ward' | 'group'; parentId: string | null; nameVi: string; nameEn: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] };
}

// Distances in degrees of longitude shrink by cos(latitude); at 21.6° N that is 0.93.
const LNG_SCALE = Math.cos((21.6 * Math.PI) / 180);

/** Approximate outline, clockwise from the China–Laos–Vietnam tripoint at A Pa Chải. */
const PROVINCE_OUTLINE: Ring = [
  [102.144, 22.398], [102.25, 22.47], [102.4, 22.52], [102.55, 22.43], [102.7, 22.31], [102.82, 22.25],
  [102.96, 22.18], [103.1, 22.22], [103.3, 22.26], [103.5, 22.12], [103.6, 21.86], [103.56, 21.6],
  [103.5, 21.4], [103.45, 21.18], [103.3, 20.93], [103.1, 20.99], [102.96, 21.1], [102.87, 21.24],
  [102.8, 21.45], [102.7, 21.6], [102.55, 21.7], [102.4, 21.86], [102.26, 22.0], [102.16, 22.2],
];

interface Named {
  id: string;
  nameVi: string;
  nameEn: string;
}

/** Points near each district's centre; each district is the part of the province closest to its point. */
const DISTRICT_SEEDS: Array<Named & { seed: Point }> = [
  { id: 'huyen-muong-nhe', nameVi: 'Huyện Mường Nhé', nameEn: 'Mường Nhé district', seed: [102.4, 22.2] },
  { id: 'huyen-nam-po', nameVi: 'Huyện Nậm Pồ', nameEn: 'Nậm Pồ district', seed: [102.62, 21.83] },
  { id: 'huyen-muong-cha', nameVi: 'Huyện Mường Chà', nameEn: 'Mường Chà district', seed: [102.95, 22.0] },
  { id: 'huyen-tua-chua', nameVi: 'Huyện Tủa Chùa', nameEn: 'Tủa Chùa district', seed: [103.45, 21.92] },
  { id: 'huyen-tuan-giao', nameVi: 'Huyện Tuần Giáo', nameEn: 'Tuần Giáo district', seed: [103.42, 21.6] },
  { id: 'huyen-muong-ang', nameVi: 'Huyện Mường Ảng', nameEn: 'Mường Ảng district', seed: [103.24, 21.55] },
  { id: 'huyen-dien-bien-dong', nameVi: 'Huyện Điện Biên Đông', nameEn: 'Điện Biên Đông district', seed: [103.26, 21.2] },
  { id: 'huyen-dien-bien', nameVi: 'Huyện Điện Biên', nameEn: 'Điện Biên district', seed: [102.98, 21.3] },
];

/** Hand-drawn small districts, cut out of the cell of `within`. */
const CARVED_DISTRICTS: Array<Named & { within: string; outline: Ring }> = [
  {
    id: 'tp-dien-bien-phu',
    nameVi: 'Thành phố Điện Biên Phủ',
    nameEn: 'Điện Biên Phủ city',
    within: 'huyen-dien-bien',
    outline: [
      [102.985, 21.385], [102.99, 21.405], [103.01, 21.42], [103.04, 21.425], [103.058, 21.412],
      [103.06, 21.385], [103.04, 21.358], [103.015, 21.352], [102.995, 21.362],
    ],
  },
  {
    id: 'tx-muong-lay',
    nameVi: 'Thị xã Mường Lay',
    nameEn: 'Mường Lay town',
    within: 'huyen-muong-cha',
    outline: [[103.1, 22.0], [103.1, 22.09], [103.16, 22.12], [103.2, 22.07], [103.19, 21.99], [103.14, 21.97]],
  },
];

/** Points near each ward's centre (Mường Thanh holds the city centre and the De Castries bunker). */
const WARD_SEEDS: Array<Named & { seed: Point }> = [
  { id: 'phuong-muong-thanh', nameVi: 'Phường Mường Thanh', nameEn: 'Mường Thanh ward', seed: [103.0135, 21.3855] },
  { id: 'phuong-tan-thanh', nameVi: 'Phường Tân Thanh', nameEn: 'Tân Thanh ward', seed: [103.018, 21.3955] },
  { id: 'phuong-him-lam', nameVi: 'Phường Him Lam', nameEn: 'Him Lam ward', seed: [103.031, 21.403] },
  { id: 'phuong-noong-bua', nameVi: 'Phường Noong Bua', nameEn: 'Noong Bua ward', seed: [103.046, 21.414] },
  { id: 'phuong-thanh-binh', nameVi: 'Phường Thanh Bình', nameEn: 'Thanh Bình ward', seed: [103.03, 21.38] },
  { id: 'phuong-thanh-truong', nameVi: 'Phường Thanh Trường', nameEn: 'Thanh Trường ward', seed: [103.0, 21.388] },
  { id: 'phuong-nam-thanh', nameVi: 'Phường Nam Thanh', nameEn: 'Nam Thanh ward', seed: [103.018, 21.367] },
];

const GROUP_GRID = 4;

// ---- geometry (planar, on longitude scaled by LNG_SCALE) ----

/** Keeps the part of `ring` where `inside(p)` ≤ 0, a linear function (Sutherland–Hodgman, one half-plane). */
function clipHalfPlane(ring: Ring, inside: (p: Point) => number): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i += 1) {
    const current = ring[i]!;
    const next = ring[(i + 1) % ring.length]!;
    const a = inside(current);
    const b = inside(next);
    if (a <= 0) out.push(current);
    if ((a < 0 && b > 0) || (a > 0 && b < 0)) {
      const t = a / (a - b);
      out.push([current[0] + t * (next[0] - current[0]), current[1] + t * (next[1] - current[1])]);
    }
  }
  return out;
}

/** The cell of seeds[index] in the Voronoi diagram of `seeds`, clipped to `outline`. */
function voronoiCell(outline: Ring, seeds: Point[], index: number): Ring {
  const own = seeds[index]!;
  let cell = outline;
  seeds.forEach((other, j) => {
    if (j === index) return;
    // Closer to own than to other: |p-own|² - |p-other|² ≤ 0, linear in p after scaling longitude.
    cell = clipHalfPlane(cell, ([lng, lat]) => {
      const dOwn = ((lng - own[0]) * LNG_SCALE) ** 2 + (lat - own[1]) ** 2;
      const dOther = ((lng - other[0]) * LNG_SCALE) ** 2 + (lat - other[1]) ** 2;
      return dOwn - dOther;
    });
  });
  return cell;
}

function clipToBox(ring: Ring, [minLng, minLat, maxLng, maxLat]: [number, number, number, number]): Ring {
  let out = clipHalfPlane(ring, ([lng]) => minLng - lng);
  out = clipHalfPlane(out, ([lng]) => lng - maxLng);
  out = clipHalfPlane(out, ([, lat]) => minLat - lat);
  return clipHalfPlane(out, ([, lat]) => lat - maxLat);
}

function signedArea(ring: Ring): number {
  let sum = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    sum += p[0] * q[1] - q[0] * p[1];
  });
  return sum / 2;
}

function pointInRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function bbox(ring: Ring): [number, number, number, number] {
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const round = (p: Point): Point => [Number(p[0].toFixed(5)), Number(p[1].toFixed(5))];

/** A closed GeoJSON ring: rounded, counter-clockwise for outer rings and clockwise for holes (RFC 7946). */
function closed(ring: Ring, hole = false): Ring {
  const points = ring.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  const ccw = signedArea(points) > 0;
  const oriented = ccw === !hole ? points : [...points].reverse();
  return [...oriented, oriented[0]!];
}

function feature(named: Named, level: AreaFeature['properties']['level'], parentId: string | null, rings: Ring[]): AreaFeature {
  return {
    type: 'Feature',
    properties: { id: named.id, level, parentId, nameVi: named.nameVi, nameEn: named.nameEn },
    geometry: { type: 'Polygon', coordinates: rings.map((ring, i) => closed(ring, i > 0)) },
  };
}

// ---- build ----

function build(): AreaFeature[] {
  const features: AreaFeature[] = [
    feature({ id: 'dien-bien', nameVi: 'Tỉnh Điện Biên', nameEn: 'Điện Biên province' }, 'province', null, [PROVINCE_OUTLINE]),
  ];
  const seeds = DISTRICT_SEEDS.map((district) => district.seed);
  DISTRICT_SEEDS.forEach((district, index) => {
    const cell = voronoiCell(PROVINCE_OUTLINE, seeds, index);
    const holes = CARVED_DISTRICTS.filter((carved) => carved.within === district.id).map((carved) => {
      const outside = carved.outline.find((p) => !pointInRing(p, cell));
      if (outside) throw new Error(`${carved.id} is not inside the cell of ${district.id} at ${outside.join(',')}`);
      return carved.outline;
    });
    features.push(feature(district, 'district', 'dien-bien', [cell, ...holes]));
  });
  for (const carved of CARVED_DISTRICTS) features.push(feature(carved, 'district', 'dien-bien', [carved.outline]));

  const city = CARVED_DISTRICTS.find((carved) => carved.id === 'tp-dien-bien-phu')!;
  const wardSeeds = WARD_SEEDS.map((ward) => ward.seed);
  WARD_SEEDS.forEach((ward, index) => {
    const cell = voronoiCell(city.outline, wardSeeds, index);
    features.push(feature(ward, 'ward', city.id, [cell]));
    const [minLng, minLat, maxLng, maxLat] = bbox(cell);
    const width = (maxLng - minLng) / GROUP_GRID;
    const height = (maxLat - minLat) / GROUP_GRID;
    let number = 0;
    for (let row = 0; row < GROUP_GRID; row += 1) {
      for (let col = 0; col < GROUP_GRID; col += 1) {
        const top = maxLat - row * height;
        const left = minLng + col * width;
        const part = clipToBox(cell, [left, top - height, left + width, top]);
        // Slivers under a tenth of a grid cell join no group rather than become a group of their own.
        if (part.length < 3 || Math.abs(signedArea(part)) < 0.1 * width * height) continue;
        number += 1;
        const group = { id: `${ward.id}-to-${number}`, nameVi: `Tổ dân phố ${number}`, nameEn: `Residential group ${number}` };
        features.push(feature(group, 'group', ward.id, [part]));
      }
    }
  });
  return features;
}

const features = build();
const target = fileURLToPath(new URL('./dien-bien.geojson', import.meta.url));
const lines = features.map((f) => JSON.stringify(f));
writeFileSync(
  target,
  `{"type":"FeatureCollection","name":"Điện Biên — SCHEMATIC sample boundaries, not official","features":[\n${lines.join(',\n')}\n]}\n`,
);
const count = (level: string) => features.filter((f) => f.properties.level === level).length;
process.stdout.write(`wrote ${target}: ${count('district')} districts, ${count('ward')} wards, ${count('group')} groups\n`);
for (const ward of WARD_SEEDS) {
  process.stdout.write(`  ${ward.id}: ${features.filter((f) => f.properties.parentId === ward.id).length} groups\n`);
}
