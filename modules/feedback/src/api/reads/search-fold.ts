/**
 * Search that ignores case and Vietnamese diacritics ("den duong" finds "Đèn đường") with translate(),
 * so no extension is needed (PGlite loads unaccent only when created with it). `foldText` and
 * `foldSql` are built from the same letter table so the two sides cannot drift apart.
 */

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** The five tone marks: huyền, sắc, ngã, hỏi, nặng. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Combining marks of decomposed (NFD) Vietnamese text; the SQL side deletes them. */
const COMBINING_MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323'];

/** Lowercase, no diacritics, đ → d. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function foldedLetters(): Array<[string, string]> {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of VOWELS) {
    for (const base of [vowel, vowel.toUpperCase()]) {
      letters.add(base.normalize('NFC'));
      for (const tone of TONES) letters.add((base + tone).normalize('NFC'));
    }
  }
  return [...letters]
    .filter((letter) => [...letter].length === 1 && foldText(letter) !== letter)
    .map((letter) => [letter, foldText(letter)]);
}

const PAIRS = foldedLetters();
/** translate() arguments: every accented letter, then the marks (mapped to nothing, i.e. deleted). */
export const FOLD_FROM = PAIRS.map(([letter]) => letter).join('') + COMBINING_MARKS.join('');
export const FOLD_TO = PAIRS.map(([, folded]) => folded).join('');

/** A LIKE pattern matching `text` anywhere, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${foldText(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
