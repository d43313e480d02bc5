import type { Hotline } from '../contract/schemas.js';

/*
 * SAMPLE DATA — NOT VERIFIED. Believable local lines and facilities of Điện Biên province for demos
 * and tests: the units exist, but these phone numbers, addresses and coordinates are illustrative
 * and must be replaced with the province's published list before real use. Unit names follow the
 * district (huyện) names people still use. Only the national numbers in
 * ../contract/national-lines.ts are real.
 */

type SampleLine = Omit<Hotline, 'id' | 'scope' | 'tel' | 'location' | 'displayOrder' | 'description' | 'hours' | 'open24h'> & {
  location: [lat: number, lng: number];
  description?: Hotline['description'];
  /** Opening hours; omitted means answered 24/7. */
  hours?: Hotline['hours'];
};

const PROVINCIAL_HEALTH = { vi: 'Sở Y tế tỉnh Điện Biên', en: 'Điện Biên Department of Health' };
const PROVINCIAL_POLICE = { vi: 'Công an tỉnh Điện Biên', en: 'Điện Biên Provincial Police' };
const OFFICE_HOURS = {
  vi: 'Giờ hành chính: 7:00–11:30 và 13:30–17:00, thứ Hai – thứ Sáu',
  en: 'Office hours: 7:00–11:30 and 13:30–17:00, Monday–Friday',
};
const CLINIC_HOURS = {
  vi: 'Khám bệnh 7:00–17:00 hằng ngày; cấp cứu ở bệnh viện tỉnh',
  en: 'Clinic 7:00–17:00 daily; emergencies at the provincial hospital',
};
const EMERGENCY_CARE = { vi: 'Cấp cứu, khám và chữa bệnh', en: 'Emergency care, examination and treatment' };

const SAMPLE: Array<[id: string, line: SampleLine]> = [
  ['dien-bien-provincial-hospital', {
    kind: 'hospital',
    name: { vi: 'Bệnh viện Đa khoa tỉnh Điện Biên', en: 'Điện Biên Provincial General Hospital' },
    number: '0215 3825 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 10, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.4046, 103.0352],
  }],
  ['dien-bien-obstetrics-paediatrics-hospital', {
    kind: 'hospital',
    name: { vi: 'Bệnh viện Sản Nhi tỉnh Điện Biên', en: 'Điện Biên Obstetrics and Paediatrics Hospital' },
    number: '0215 3826 558',
    description: { vi: 'Cấp cứu sản khoa và nhi khoa', en: 'Obstetric and paediatric emergencies' },
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 2, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3987, 103.0301],
  }],
  ['dien-bien-provincial-police', {
    kind: 'police',
    name: { vi: 'Công an tỉnh Điện Biên — trực ban', en: 'Điện Biên Provincial Police — duty desk' },
    number: '0215 3826 113',
    description: { vi: 'Tiếp nhận tin báo tội phạm, an ninh trật tự', en: 'Reports of crime and threats to public order' },
    unit: PROVINCIAL_POLICE,
    address: 'Số 878, đường Võ Nguyên Giáp, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3968, 103.0216],
  }],
  ['dien-bien-fire-rescue-police', {
    kind: 'fire',
    name: { vi: 'Phòng Cảnh sát PCCC và CNCH', en: 'Fire and Rescue Police Division' },
    number: '0215 3827 114',
    description: { vi: 'Cháy, nổ, cứu nạn, cứu hộ trong tỉnh', en: 'Fire, explosion and rescue in the province' },
    unit: PROVINCIAL_POLICE,
    address: 'Tổ dân phố 5, phường Tân Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3911, 103.0199],
  }],
  ['dien-bien-phu-city-police', {
    kind: 'police',
    name: { vi: 'Công an thành phố Điện Biên Phủ', en: 'Điện Biên Phủ City Police' },
    number: '0215 3824 113',
    unit: PROVINCIAL_POLICE,
    address: 'Đường Trần Đăng Ninh, phường Thanh Bình, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3845, 103.0138],
  }],
  ['dien-bien-phu-health-centre', {
    kind: 'health_center',
    name: { vi: 'Trung tâm Y tế thành phố Điện Biên Phủ', en: 'Điện Biên Phủ City Health Centre' },
    number: '0215 3824 305',
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 3, phường Nam Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3772, 103.0105],
    hours: CLINIC_HOURS,
  }],
  ['dien-bien-peoples-committee-hotline', {
    kind: 'government',
    name: { vi: 'Đường dây nóng UBND tỉnh Điện Biên', en: "Điện Biên Provincial People's Committee hotline" },
    number: '0215 3825 678',
    description: {
      vi: 'Phản ánh, kiến nghị về thủ tục hành chính và cán bộ, công chức',
      en: 'Complaints and suggestions about administrative procedures and officials',
    },
    unit: { vi: 'Văn phòng UBND tỉnh Điện Biên', en: "Office of the Provincial People's Committee" },
    address: 'Tổ dân phố 6, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3863, 103.0185],
    hours: OFFICE_HOURS,
  }],
  ['dien-bien-health-department-hotline', {
    kind: 'government',
    name: { vi: 'Đường dây nóng Sở Y tế', en: 'Department of Health hotline' },
    number: '0215 3825 585',
    description: {
      vi: 'Phản ánh về chất lượng khám chữa bệnh, thái độ phục vụ',
      en: 'Complaints about medical care and staff conduct',
    },
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 9, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3879, 103.0161],
    hours: OFFICE_HOURS,
  }],
  ['dien-bien-civil-defence', {
    kind: 'rescue',
    name: { vi: 'Ban Chỉ huy Phòng thủ dân sự tỉnh', en: 'Provincial Civil Defence Command' },
    number: '0215 3830 112',
    description: {
      vi: 'Lũ quét, sạt lở đất, thiên tai và tìm kiếm cứu nạn',
      en: 'Flash floods, landslides, natural disasters and search and rescue',
    },
    unit: { vi: 'Bộ Chỉ huy Quân sự tỉnh Điện Biên', en: 'Điện Biên Provincial Military Command' },
    address: 'Đường Võ Nguyên Giáp, phường Him Lam, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.4012, 103.0265],
  }],
  ['dien-bien-social-work-centre', {
    kind: 'child_protection',
    name: { vi: 'Trung tâm Công tác xã hội tỉnh Điện Biên', en: 'Điện Biên Social Work Centre' },
    number: '0215 3811 111',
    description: {
      vi: 'Hỗ trợ trẻ em và người yếu thế bị bạo lực, xâm hại',
      en: 'Help for children and vulnerable people facing violence or abuse',
    },
    unit: { vi: 'Sở Nội vụ tỉnh Điện Biên', en: 'Điện Biên Department of Home Affairs' },
    address: 'Tổ dân phố 1, phường Thanh Trường, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3722, 103.0197],
    hours: OFFICE_HOURS,
  }],
  ['dien-bien-power-company', {
    kind: 'utility',
    name: { vi: 'Điện lực Điện Biên — báo mất điện, sự cố', en: 'Điện Biên Power — outages and faults' },
    number: '1900 6769',
    description: { vi: 'Mất điện, dây điện đứt, sự cố lưới điện', en: 'Power cuts, fallen lines, grid faults' },
    unit: { vi: 'Công ty Điện lực Điện Biên', en: 'Điện Biên Power Company' },
    address: 'Số 6, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3893, 103.0148],
  }],
  ['dien-bien-water-company', {
    kind: 'utility',
    name: { vi: 'Cấp nước Điện Biên — sự cố đường ống', en: 'Điện Biên Water — pipe faults' },
    number: '0215 3825 225',
    description: { vi: 'Mất nước, vỡ đường ống', en: 'No water, burst pipes' },
    unit: { vi: 'Công ty Cổ phần Cấp nước Điện Biên', en: 'Điện Biên Water Supply Company' },
    address: 'Tổ dân phố 11, phường Thanh Bình, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    location: [21.3829, 103.0112],
  }],
  ['dien-bien-district-health-centre', {
    kind: 'health_center',
    name: { vi: 'Trung tâm Y tế huyện Điện Biên', en: 'Điện Biên District Health Centre' },
    number: '0215 3920 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
    location: [21.3381, 103.0042],
  }],
  ['tuan-giao-health-centre', {
    kind: 'hospital',
    name: { vi: 'Trung tâm Y tế huyện Tuần Giáo (bệnh viện huyện)', en: 'Tuần Giáo District Health Centre (district hospital)' },
    number: '0215 3862 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Khối Trường Xuân, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên',
    location: [21.5896, 103.4182],
  }],
  ['tuan-giao-police', {
    kind: 'police',
    name: { vi: 'Công an huyện Tuần Giáo', en: 'Tuần Giáo District Police' },
    number: '0215 3862 113',
    unit: PROVINCIAL_POLICE,
    address: 'Khối Sơn Thủy, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên',
    location: [21.5862, 103.4139],
  }],
  ['muong-ang-health-centre', {
    kind: 'health_center',
    name: { vi: 'Trung tâm Y tế huyện Mường Ảng', en: 'Mường Ảng District Health Centre' },
    number: '0215 3865 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 4, thị trấn Mường Ảng, huyện Mường Ảng, tỉnh Điện Biên',
    location: [21.5118, 103.2291],
  }],
  ['muong-cha-police', {
    kind: 'police',
    name: { vi: 'Công an huyện Mường Chà', en: 'Mường Chà District Police' },
    number: '0215 3845 113',
    unit: PROVINCIAL_POLICE,
    address: 'Tổ dân phố 2, thị trấn Mường Chà, huyện Mường Chà, tỉnh Điện Biên',
    location: [21.7795, 103.0671],
  }],
  ['muong-lay-health-centre', {
    kind: 'hospital',
    name: { vi: 'Trung tâm Y tế thị xã Mường Lay', en: 'Mường Lay Town Health Centre' },
    number: '0215 3852 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Phường Na Lay, thị xã Mường Lay, tỉnh Điện Biên',
    location: [22.0562, 103.1546],
  }],
  ['tua-chua-police', {
    kind: 'police',
    name: { vi: 'Công an huyện Tủa Chùa', en: 'Tủa Chùa District Police' },
    number: '0215 3845 213',
    unit: PROVINCIAL_POLICE,
    address: 'Tổ dân phố Đồng Tâm, thị trấn Tủa Chùa, huyện Tủa Chùa, tỉnh Điện Biên',
    location: [21.8583, 103.3478],
  }],
  ['dien-bien-dong-health-centre', {
    kind: 'health_center',
    name: { vi: 'Trung tâm Y tế huyện Điện Biên Đông', en: 'Điện Biên Đông District Health Centre' },
    number: '0215 3890 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Tổ dân phố 8, thị trấn Điện Biên Đông, huyện Điện Biên Đông, tỉnh Điện Biên',
    location: [21.2458, 103.2473],
  }],
  ['muong-nhe-health-centre', {
    kind: 'hospital',
    name: { vi: 'Trung tâm Y tế huyện Mường Nhé', en: 'Mường Nhé District Health Centre' },
    number: '0215 3740 115',
    description: EMERGENCY_CARE,
    unit: PROVINCIAL_HEALTH,
    address: 'Xã Mường Nhé, huyện Mường Nhé, tỉnh Điện Biên',
    location: [22.1903, 102.4551],
  }],
];

/** The sample local lines, in display order. */
export const SAMPLE_LOCAL_LINES: readonly Hotline[] = SAMPLE.map(([id, line], index) => ({
  ...line,
  id,
  scope: 'local',
  tel: line.number.replace(/[^\d+]/g, ''),
  location: { lat: line.location[0], lng: line.location[1] },
  description: line.description ?? null,
  hours: line.hours ?? null,
  open24h: line.hours === undefined,
  displayOrder: (index + 1) * 10,
}));
