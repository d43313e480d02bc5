import type { Stats } from '../../../contract/schemas.js';

/** The table's rows as the officer reads them: header, one row per agency, the totals. */
export type CsvTable = readonly (readonly (string | number | null)[])[];

// Excel reads a CSV as the local ANSI code page unless it starts with a byte order mark: without it,
// "Điện Biên" comes out garbled.
const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV file's text: BOM, CRLF line ends (what Excel expects), every field quoted when it must be. */
export function toCsv(table: CsvTable): string {
  return BOM + table.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * The statistics as a table: counts as plain numbers (so a spreadsheet can add them up), the on-time
 * rate as a number of percent with one decimal, empty when nothing was finished.
 */
export function statsTable(stats: Stats, texts: { header: readonly string[]; total: string; agencyName: (row: Stats['agencies'][number]) => string }): CsvTable {
  const figures = (row: Stats['total']) => [row.received, row.inProcess, row.early, row.onTime, row.late, row.onTimePercent];
  return [texts.header, ...stats.agencies.map((row) => [texts.agencyName(row), ...figures(row)]), [texts.total, ...figures(stats.total)]];
}
