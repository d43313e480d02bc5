import type { Hotline } from './schemas.js';

/**
 * The national emergency numbers (real, valid all over Vietnam). The seed writes them to the
 * database and the UI bundles them as a fallback, so 113/114/115 show even when the API cannot
 * be reached and nothing is cached.
 */
export const NATIONAL_LINES: readonly Hotline[] = [
  national(113, 'police', 1, {
    name: { vi: 'Công an', en: 'Police' },
    description: {
      vi: 'Báo tin về tội phạm, gây rối trật tự, tai nạn giao thông',
      en: 'Report a crime, public disorder or a traffic accident',
    },
    unit: { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
  }),
  national(114, 'fire', 2, {
    name: { vi: 'Cứu hỏa, cứu nạn cứu hộ', en: 'Fire and rescue' },
    description: {
      vi: 'Cháy, nổ, người mắc kẹt, sập đổ công trình, đuối nước',
      en: 'Fire, explosion, people trapped, collapsed buildings, drowning',
    },
    unit: { vi: 'Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ', en: 'Fire Prevention, Firefighting and Rescue Police' },
  }),
  national(115, 'hospital', 3, {
    name: { vi: 'Cấp cứu y tế', en: 'Medical emergency' },
    description: {
      vi: 'Gọi xe cấp cứu khi có người ốm nặng hoặc bị thương',
      en: 'Call an ambulance for someone seriously ill or injured',
    },
    unit: { vi: 'Trung tâm Cấp cứu 115', en: '115 Emergency Centre' },
  }),
  national(112, 'rescue', 4, {
    name: { vi: 'Tìm kiếm cứu nạn', en: 'Search and rescue' },
    description: {
      vi: 'Lũ quét, sạt lở đất, người mất tích, tai nạn trên sông, trên núi',
      en: 'Flash floods, landslides, missing people, accidents on rivers or mountains',
    },
    unit: { vi: 'Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn', en: 'National Committee for Incident, Disaster Response and Search and Rescue' },
  }),
  national(111, 'child_protection', 5, {
    name: { vi: 'Bảo vệ trẻ em', en: 'Child protection' },
    description: {
      vi: 'Trẻ em bị xâm hại, bạo lực, bóc lột hoặc bỏ rơi — miễn phí',
      en: 'A child abused, harmed, exploited or abandoned — free of charge',
    },
    unit: { vi: 'Tổng đài quốc gia bảo vệ trẻ em', en: 'National Child Protection Hotline' },
  }),
];

function national(
  number: number,
  kind: Hotline['kind'],
  displayOrder: number,
  text: Pick<Hotline, 'name' | 'description' | 'unit'>,
): Hotline {
  return {
    id: `national-${number}`,
    scope: 'national',
    kind,
    number: String(number),
    tel: String(number),
    address: null,
    location: null,
    open24h: true,
    hours: null,
    displayOrder,
    ...text,
  };
}
