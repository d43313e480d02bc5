import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-text.js';

// The SQL side (foldSqlExpression) is checked against this in src/api/routes.test.ts, on its database.
describe('foldForSearch', () => {
  it('folds Vietnamese text to lowercase without diacritics, đ as d', () => {
    expect(foldForSearch('Bệnh viện Đa khoa tỉnh Điện Biên')).toBe('benh vien da khoa tinh dien bien');
    expect(foldForSearch('Trẻ em, Mường Nhé')).toBe('tre em, muong nhe');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldForSearch('Điện Biên Phủ'.normalize('NFD'))).toBe('dien bien phu');
  });
});
