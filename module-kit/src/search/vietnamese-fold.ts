/**
 * Search that ignores case and Vietnamese diacritics ("benh vien" finds "Bệnh viện", "den duong" finds
 * "Đèn đường") without the unaccent extension, which PGlite only loads when passed at creation. Text is
 * folded with `foldForSearch` in JavaScript and with `foldSqlExpression` (or FOLD_FROM/FOLD_TO in a
 * translate()) in SQL; both come from the one letter table below so they cannot drift apart.
 */

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** The five tone marks: huyền, sắc, ngã, hỏi, nặng. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Combining marks seen in decomposed (NFD) Vietnamese text; the SQL side deletes them. */
const COMBINING_MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323'];

/** Lowercase, no diacritics, đ → d. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Every precomposed Vietnamese letter that folds to something else, in both cases. */
function foldedLetters(): Array<[string, string]> {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of VOWELS) {
    for (const base of [vowel, vowel.toUpperCase()]) {
      letters.add(base.normalize('NFC'));
      for (const tone of TONES) letters.add((base + tone).normalize('NFC'));
    }
  }
  return [...letters]
    .filter((letter) => [...letter].length === 1 && foldForSearch(letter) !== letter)
    .map((letter) => [letter, foldForSearch(letter)]);
}

const PAIRS = foldedLetters();
/** translate() arguments: every accented letter, then the stray marks (mapped to nothing: deleted). */
export const FOLD_FROM = PAIRS.map(([letter]) => letter).join('') + COMBINING_MARKS.join('');
export const FOLD_TO = PAIRS.map(([, folded]) => folded).join('');

/**
 * SQL that folds a text expression the way `foldForSearch` does: `translate` maps each accented
 * letter to its base and deletes stray combining marks; `lower` then handles plain ASCII, which is
 * locale-independent. Only immutable functions, so it can define a generated column.
 */
export function foldSqlExpression(textExpression: string): string {
  return `lower(translate(${textExpression}, '${FOLD_FROM}', '${FOLD_TO}'))`;
}

/** A LIKE pattern (with `escape '\'`) matching the folded `text` anywhere, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
