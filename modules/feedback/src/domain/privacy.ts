/**
 * Finds phone numbers and 12-digit citizen identity numbers (CCCD) in a report's text, so the reporter is
 * warned before the text goes public and public views can mask them.
 *
 * How: take every run of digit groups joined by one separator (space, dot, dash, or ") " after an area code
 * in brackets), then read it from the left, longest prefix of whole groups first, as a phone or an id.
 * Reading by groups keeps "gọi 0912 345 678 lúc 8 giờ" a phone, and a run that is part of a longer number
 * (an account number, a 13-digit code) matches nothing: whole groups must fit exactly.
 */

export type PersonalNumberKind = 'phone' | 'national-id';

export interface PersonalNumber {
  kind: PersonalNumberKind;
  /** The text as written, separators included. */
  match: string;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
}

// A run: optional '+', digits, then (separator, digits)*, never starting in the middle of a number (after
// a digit, or after a digit and a separator as in "1.000.000").
const RUN = /(?<![\d+])(?<!\d[.,-])\+?\d+(?:(?:[ .-]|\) ?)\d+)*/g;

// After '+84' / '84' / '0': mobile prefixes 3, 5, 7, 8, 9 and 8 more digits; landlines 2 and 9 more digits
// (area code 2xx plus a 7- or 8-digit subscriber number written as 9 digits in total).
const PHONE = /^(?:\+84|84|0)(?:[35789]\d{8}|2\d{9})$/;
const NATIONAL_ID = /^\d{12}$/;

function classify(groups: string[]): PersonalNumberKind | null {
  const digits = groups.join('');
  if (PHONE.test(digits)) return 'phone';
  // An id is written in one piece or in equal groups (4-4-4, 3-3-3-3): a phone followed by a short number
  // ("0912345678 12") is then not mistaken for an id.
  if (NATIONAL_ID.test(digits) && groups.every((group) => group.length === groups[0]!.length)) {
    return 'national-id';
  }
  return null;
}

export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const run of text.matchAll(RUN)) {
    found.push(...readRun(run[0], run.index));
  }
  return found;
}

/** Splits a run into groups with their offsets and takes the longest readable prefixes, left to right. */
function readRun(run: string, runIndex: number): PersonalNumber[] {
  const groups: Array<{ digits: string; start: number; end: number }> = [];
  const groupPattern = /\+?\d+/g;
  for (const group of run.matchAll(groupPattern)) {
    groups.push({ digits: group[0], start: group.index, end: group.index + group[0].length });
  }
  const found: PersonalNumber[] = [];
  let first = 0;
  while (first < groups.length) {
    let taken = 0;
    for (let last = groups.length - 1; last >= first; last -= 1) {
      const slice = groups.slice(first, last + 1);
      const kind = classify(slice.map((group) => group.digits));
      if (kind) {
        const start = slice[0]!.start;
        found.push({ kind, match: run.slice(start, slice.at(-1)!.end), index: runIndex + start });
        taken = slice.length;
        break;
      }
    }
    first += Math.max(taken, 1);
  }
  return found;
}

/**
 * Masks every found number but its first two and last two digits, keeping the separators:
 * "0912 345 689" → "09xx xxx x89", "001090000001" → "00xxxxxxxx01".
 */
export function maskPersonalNumbers(text: string): string {
  let masked = '';
  let cursor = 0;
  for (const found of findPersonalNumbers(text)) {
    masked += text.slice(cursor, found.index) + maskDigits(found.match);
    cursor = found.index + found.match.length;
  }
  return masked + text.slice(cursor);
}

function maskDigits(number: string): string {
  const total = number.replace(/\D/g, '').length;
  let seen = 0;
  return number.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= 2 || seen > total - 2 ? digit : 'x';
  });
}

/** The kinds found, once each, in a stable order (for reports.privacy_flags). */
export function privacyFlags(findings: readonly PersonalNumber[]): PersonalNumberKind[] {
  return (['phone', 'national-id'] as const).filter((kind) => findings.some((finding) => finding.kind === kind));
}
