/**
 * A person's name as initials, for public views: 'Nguyễn Văn An' → 'N.V.A.'. Letters keep their
 * diacritics (Đ, Ư); the text is NFC-normalised first so a decomposed "Ư" still gives one letter.
 */
export function initialsOf(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/u)
    .map((word) => Array.from(word).find((char) => /\p{L}/u.test(char)))
    .filter((letter): letter is string => letter !== undefined)
    .map((letter) => `${letter.toLocaleUpperCase('vi')}.`)
    .join('');
}
