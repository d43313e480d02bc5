import { vietnamDay } from '@portal/module-kit';
import type { AgencyRow } from '../../db/schema.js';

/**
 * "Điện Biên Phủ, ngày 30 tháng 11 năm 2026": the place and date line of an administrative document
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months January and February take a leading zero),
 * on the calendar day in Vietnam.
 */
export function placeAndDate(place: string, at: Date): string {
  return `${place}, ${dayInWords(at)}`;
}

/** "ngày 30 tháng 11 năm 2026" (the Vietnamese calendar day of the instant). */
export function dayInWords(at: Date): string {
  const [year, month, day] = vietnamDay(at).split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month < 3 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** An empty place and date line for a form to fill in by hand. */
export const BLANK_PLACE_AND_DATE = '………, ngày …… tháng …… năm ……';

/**
 * Where the agency signs: the provincial capital for agencies in the city of Điện Biên Phủ (the city's and
 * its wards'), the province's name for the others.
 */
export function placeOfAgency(agency: Pick<AgencyRow, 'address' | 'nameVi'>): string {
  return /Điện Biên Phủ/i.test(`${agency.nameVi} ${agency.address}`) ? 'Điện Biên Phủ' : 'Điện Biên';
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the way dates are written in Vietnamese documents. */
export function vietnameseDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}
