import type { Hotline, LocalizedText } from '../contract/schemas.js';
import type { LineRow, NewLineRow } from './schema.js';

/** A hotline as a row to write; text is stored NFC so the folded search column sees one form. */
export function toLineRow(line: Hotline): NewLineRow {
  const nfc = (text: string | null | undefined) => (text == null ? null : text.normalize('NFC'));
  return {
    id: line.id,
    scope: line.scope,
    kind: line.kind,
    nameVi: line.name.vi.normalize('NFC'),
    nameEn: line.name.en.normalize('NFC'),
    number: line.number,
    tel: line.tel,
    descriptionVi: nfc(line.description?.vi),
    descriptionEn: nfc(line.description?.en),
    unitVi: nfc(line.unit?.vi),
    unitEn: nfc(line.unit?.en),
    address: nfc(line.address),
    lat: line.location?.lat ?? null,
    lng: line.location?.lng ?? null,
    open24h: line.open24h,
    hoursVi: nfc(line.hours?.vi),
    hoursEn: nfc(line.hours?.en),
    displayOrder: line.displayOrder,
  };
}

export function toHotline(row: LineRow): Hotline {
  return {
    id: row.id,
    scope: row.scope,
    kind: row.kind,
    name: { vi: row.nameVi, en: row.nameEn },
    number: row.number,
    tel: row.tel,
    description: localized(row.descriptionVi, row.descriptionEn),
    unit: localized(row.unitVi, row.unitEn),
    address: row.address,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    open24h: row.open24h,
    hours: localized(row.hoursVi, row.hoursEn),
    displayOrder: row.displayOrder,
  };
}

/** Both languages or none; a missing English text falls back to the Vietnamese one. */
function localized(vi: string | null, en: string | null): LocalizedText | null {
  if (vi === null) return null;
  return { vi, en: en ?? vi };
}
