import type { UnitKind } from '../../contract/domain.js';

/*
 * Reference data of the demo deployment in Điện Biên Phủ: the units that answer reports, the categories
 * and the routing rules between them. Unit ids are used by the demo officer accounts
 * (gateway/src/identity/demo-accounts.ts), so keep them stable.
 */

export const CITY_ID = 'tp-dien-bien-phu';

/** The city's wards as [slug, Vietnamese name]; area id 'phuong-<slug>', committee 'ubnd-phuong-<slug>'. */
export const CITY_WARDS: ReadonlyArray<readonly [slug: string, name: string]> = [
  ['him-lam', 'Him Lam'],
  ['muong-thanh', 'Mường Thanh'],
  ['tan-thanh', 'Tân Thanh'],
  ['thanh-binh', 'Thanh Bình'],
  ['thanh-truong', 'Thanh Trường'],
  ['nam-thanh', 'Nam Thanh'],
  ['noong-bua', 'Noong Bua'],
];
export const wardAreaId = (slug: string) => `phuong-${slug}`;
export const wardCommitteeId = (slug: string) => `ubnd-phuong-${slug}`;

export interface UnitSeed {
  id: string;
  nameVi: string;
  nameEn: string;
  kind: UnitKind;
  areaId: string | null;
}

export const UNITS: readonly UnitSeed[] = [
  {
    id: 'phong-qldt-tp-dbp',
    nameVi: 'Phòng Quản lý đô thị thành phố Điện Biên Phủ',
    nameEn: 'Urban Management Department, Điện Biên Phủ city',
    kind: 'city_department',
    areaId: CITY_ID,
  },
  {
    id: 'dien-luc-tp-dbp',
    nameVi: 'Điện lực thành phố Điện Biên Phủ',
    nameEn: 'Điện Biên Phủ City Electricity',
    kind: 'company',
    areaId: CITY_ID,
  },
  {
    id: 'so-vhttdl-dien-bien',
    nameVi: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên',
    nameEn: 'Điện Biên Department of Culture, Sports and Tourism',
    kind: 'province_department',
    areaId: null,
  },
  {
    id: 'van-phong-ubnd-tinh',
    nameVi: 'Văn phòng UBND tỉnh Điện Biên',
    nameEn: "Office of the Điện Biên Provincial People's Committee",
    kind: 'province_office',
    areaId: null,
  },
  ...CITY_WARDS.map(([slug, name]) => ({
    id: wardCommitteeId(slug),
    nameVi: `UBND phường ${name}`,
    nameEn: `${name} Ward People's Committee`,
    kind: 'ward_committee' as const,
    areaId: wardAreaId(slug),
  })),
];

export interface CategorySeed {
  id: string;
  nameVi: string;
  nameEn: string;
  /** A name from shared-ui's icon set (shared-ui/src/icons/icon-paths.ts). */
  icon: string;
  deadlineDays: number;
}

export const CATEGORIES: readonly CategorySeed[] = [
  { id: 'street-lighting', nameVi: 'Chiếu sáng công cộng', nameEn: 'Street lighting', icon: 'info', deadlineDays: 10 },
  { id: 'power-grid', nameVi: 'Lưới điện, cột điện', nameEn: 'Power lines and poles', icon: 'alert', deadlineDays: 10 },
  { id: 'roads-pavements', nameVi: 'Đường, vỉa hè', nameEn: 'Roads and pavements', icon: 'map', deadlineDays: 10 },
  { id: 'urban-order', nameVi: 'Trật tự đô thị', nameEn: 'Urban order', icon: 'building', deadlineDays: 7 },
  { id: 'environment', nameVi: 'Vệ sinh môi trường', nameEn: 'Environment and sanitation', icon: 'mountain', deadlineDays: 7 },
  { id: 'water-drainage', nameVi: 'Cấp, thoát nước', nameEn: 'Water supply and drainage', icon: 'globe', deadlineDays: 10 },
  { id: 'tourism-service', nameVi: 'Dịch vụ du lịch', nameEn: 'Tourism services', icon: 'landmark', deadlineDays: 10 },
  { id: 'other', nameVi: 'Khác', nameEn: 'Other', icon: 'chat', deadlineDays: 15 },
];

export interface RoutingRuleSeed {
  categoryId: string | null;
  areaId: string | null;
  unitId: string;
}

/** Category × area → unit; null means any category / the whole province. See domain/routing.ts for the order. */
export const ROUTING_RULES: readonly RoutingRuleSeed[] = [
  { categoryId: 'street-lighting', areaId: CITY_ID, unitId: 'phong-qldt-tp-dbp' },
  { categoryId: 'power-grid', areaId: CITY_ID, unitId: 'dien-luc-tp-dbp' },
  { categoryId: 'tourism-service', areaId: null, unitId: 'so-vhttdl-dien-bien' },
  ...CITY_WARDS.map(([slug]) => ({ categoryId: null, areaId: wardAreaId(slug), unitId: wardCommitteeId(slug) })),
  // Districts without ward data: the provincial office receives and dispatches.
  { categoryId: null, areaId: null, unitId: 'van-phong-ubnd-tinh' },
];
