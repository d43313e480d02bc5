import { describe, expect, it } from 'vitest';
import { findPersonalNumbers, maskPersonalNumbers, privacyFlags } from './privacy.js';

const kinds = (text: string) => findPersonalNumbers(text).map(({ kind, match }) => [kind, match]);

describe('findPersonalNumbers: phone numbers', () => {
  it.each([
    ['Liên hệ 0912345678 nhé', '0912345678'],
    ['SĐT: 0912 345 678.', '0912 345 678'],
    ['gọi 0912.345.678 giúp', '0912.345.678'],
    ['số 098-765-4321', '098-765-4321'],
    ['Viettel 0386 123 456', '0386 123 456'],
    ['Mobifone 0703 999 888', '0703 999 888'],
    ['Vinaphone 0856 123 456', '0856 123 456'],
    ['Vietnamobile 0523 456 789', '0523 456 789'],
    ['quốc tế +84 912 345 678', '+84 912 345 678'],
    ['quốc tế +84912345678', '+84912345678'],
    ['gọi 84912345678', '84912345678'],
    ['bàn 0215 3825 115 giờ hành chính', '0215 3825 115'],
    ['bàn (0215) 3825 115', '0215) 3825 115'],
    ['Hà Nội 024 3825 1234', '024 3825 1234'],
    ['máy bàn +84 215 3825 115', '+84 215 3825 115'],
  ])('finds the phone in %j', (text, match) => {
    expect(kinds(text)).toEqual([['phone', match]]);
  });

  it('reports where each number starts, for several numbers', () => {
    const text = 'Anh Tùng 0912345678, chị Hoa 0987 654 321';
    expect(findPersonalNumbers(text)).toEqual([
      { kind: 'phone', match: '0912345678', index: 9 },
      { kind: 'phone', match: '0987 654 321', index: text.indexOf('0987') },
    ]);
  });

  it('keeps a phone followed by a separate small number ("lúc 8 giờ")', () => {
    expect(kinds('gọi 0912 345 678 8 giờ sáng')).toEqual([['phone', '0912 345 678']]);
  });
});

describe('findPersonalNumbers: 12-digit identity numbers', () => {
  it.each([
    ['CCCD 001090000001 của tôi', '001090000001'],
    ['căn cước 0010 9000 0001', '0010 9000 0001'],
    ['số 001.090.000.001', '001.090.000.001'],
  ])('finds the id in %j', (text, match) => {
    expect(kinds(text)).toEqual([['national-id', match]]);
  });

  it('finds an id and a phone side by side', () => {
    expect(kinds('CCCD 001090000001 0912345678')).toEqual([
      ['national-id', '001090000001'],
      ['phone', '0912345678'],
    ]);
  });
});

describe('findPersonalNumbers: what is not personal', () => {
  it.each([
    'Thiệt hại khoảng 1.000.000 đồng',
    'Dự án 15.000.000.000 đồng đã giải ngân',
    'Từ ngày 30/4/2026 đến 1/5/2026',
    'Ngày 12-05-2026 lúc 08:30',
    'Xem phản ánh PA-2026-000123',
    'Tổ dân phố 10, phường Mường Thanh',
    'Số tài khoản 1234567890123 (13 chữ số)',
    'Mã 0010900000011 quá dài',
    'Số 0912345678901 không phải số điện thoại',
    'Cột điện số 35 cách nhà số 127 khoảng 20 m',
    'Năm 1954, 56 ngày đêm',
    'Hotline 1900 1234',
    'Số 0112345678 không có đầu số di động',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('does not read a phone followed by two digits as an id', () => {
    expect(kinds('0912345678 12')).toEqual([['phone', '0912345678']]);
  });
});

describe('maskPersonalNumbers', () => {
  it('keeps the first two and last two digits and the separators', () => {
    expect(maskPersonalNumbers('Gọi 0912 345 689 hoặc 001090000001.')).toBe('Gọi 09xx xxx x89 hoặc 00xxxxxxxx01.');
    expect(maskPersonalNumbers('+84 912 345 678')).toBe('+84 xxx xxx x78');
  });

  it('leaves text without personal numbers unchanged', () => {
    const text = 'Đèn hỏng từ 30/4, thiệt hại 1.000.000 đồng (PA-2026-000123)';
    expect(maskPersonalNumbers(text)).toBe(text);
  });
});

describe('privacyFlags', () => {
  it('lists each kind once', () => {
    expect(privacyFlags(findPersonalNumbers('0912345678, 0987654321 và 001090000001'))).toEqual(['phone', 'national-id']);
    expect(privacyFlags([])).toEqual([]);
  });
});
