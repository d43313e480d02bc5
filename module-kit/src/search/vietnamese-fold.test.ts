import { describe, expect, it } from 'vitest';
import { foldForSearch } from './vietnamese-fold.js';

// The SQL side (foldSqlExpression) is checked against this on a database in modules/hotlines/src/api/routes.test.ts.
describe('foldForSearch', () => {
  it('folds Vietnamese text to lowercase without diacritics, đ as d', () => {
    expect(foldForSearch('Bệnh viện Đa khoa tỉnh Điện Biên')).toBe('benh vien da khoa tinh dien bien');
    expect(foldForSearch('Trẻ em, Mường Nhé')).toBe('tre em, muong nhe');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldForSearch('Điện Biên Phủ'.normalize('NFD'))).toBe('dien bien phu');
  });
});
