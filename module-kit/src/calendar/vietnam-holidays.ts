/**
 * Days off of the civil service (Labour Code 2019, art. 112, and the yearly notices of the Ministry of Home
 * Affairs), weekdays only: weekends are skipped anyway. Tết and 2/9 include the days the yearly notice adds
 * around them. The compensating working Saturdays some years ask for are NOT modelled (the table lists days
 * off only), so a deadline over such a Saturday ends one working day later than the calendar says.
 * 2025 and 2026 follow the published schedules; 2027 is derived from the rules and the lunar calendar and
 * must be checked against the notice of that year (marked "to confirm"). Admins can edit the table.
 */
export interface HolidaySeed {
  day: string;
  nameVi: string;
  nameEn: string;
}

const NEW_YEAR = { nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" };
const TET = { nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' };
const HUNG_KINGS = { nameVi: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" };
const REUNIFICATION = { nameVi: 'Ngày Chiến thắng 30/4', nameEn: 'Reunification Day (30 April)' };
const LABOUR = { nameVi: 'Ngày Quốc tế Lao động 1/5', nameEn: 'International Workers’ Day (1 May)' };
const LABOUR_BRIDGE = { nameVi: 'Nghỉ bù dịp 30/4 – 1/5', nameEn: 'Day off bridging 30 April – 1 May' };
const NATIONAL = { nameVi: 'Quốc khánh 2/9', nameEn: 'National Day (2 September)' };
const NATIONAL_ADJACENT = { nameVi: 'Nghỉ liền kề Quốc khánh', nameEn: 'Day off next to National Day' };
const COMPENSATION = (of: string, ofEn: string) => ({ nameVi: `Nghỉ bù ${of}`, nameEn: `Compensating day off for ${ofEn}` });

const days = (list: string[], names: { nameVi: string; nameEn: string }): HolidaySeed[] => list.map((day) => ({ day, ...names }));

export const HOLIDAYS: readonly HolidaySeed[] = [
  // 2025: Tết Ất Tỵ 25/1–2/2; 30/4–4/5 with 2/5 swapped for Saturday 26/4; National Day 30/8–2/9.
  ...days(['2025-01-01'], NEW_YEAR),
  ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], TET),
  ...days(['2025-04-07'], HUNG_KINGS),
  ...days(['2025-04-30'], REUNIFICATION),
  ...days(['2025-05-01'], LABOUR),
  ...days(['2025-05-02'], LABOUR_BRIDGE),
  ...days(['2025-09-01'], NATIONAL_ADJACENT),
  ...days(['2025-09-02'], NATIONAL),
  // 2026: Tết Bính Ngọ (mùng 1 on Tuesday 17/2) off Saturday 14/2 – Sunday 22/2; Giỗ Tổ (10/3 âm lịch)
  // falls on Sunday 26/4, compensated Monday 27/4; 30/4 and 1/5 are Thursday and Friday.
  ...days(['2026-01-01'], NEW_YEAR),
  ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], TET),
  ...days(['2026-04-27'], COMPENSATION('Giỗ Tổ Hùng Vương', "Hùng Kings' Day")),
  ...days(['2026-04-30'], REUNIFICATION),
  ...days(['2026-05-01'], LABOUR),
  // 2/9/2026 is a Wednesday; the adjacent day (1/9 or 3/9) is chosen by the yearly notice — to confirm.
  ...days(['2026-09-01'], NATIONAL_ADJACENT),
  ...days(['2026-09-02'], NATIONAL),
  // 2027 — to confirm: Tết Đinh Mùi (mùng 1 on Saturday 6/2): 29 Tết to mùng 4 plus the two weekend days
  // compensated; Giỗ Tổ on Friday 16/4; 1/5 on a Saturday compensated Monday 3/5; 2/9 Thursday + 3/9.
  ...days(['2027-01-01'], NEW_YEAR),
  ...days(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], TET),
  ...days(['2027-04-16'], HUNG_KINGS),
  ...days(['2027-04-30'], REUNIFICATION),
  ...days(['2027-05-03'], COMPENSATION('1/5', '1 May')),
  ...days(['2027-09-02'], NATIONAL),
  ...days(['2027-09-03'], NATIONAL_ADJACENT),
];
