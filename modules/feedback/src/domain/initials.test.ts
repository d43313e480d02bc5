import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.js';

describe('initialsOf', () => {
  it.each([
    ['Nguyễn Văn An', 'N.V.A.'],
    ['Lò Thị Bình', 'L.T.B.'],
    ['Điêu Thị Phương', 'Đ.T.P.'],
    ['  ưng   văn  ấn ', 'Ư.V.Ấ.'],
    ['Ư'.normalize('NFD') + 'ng Hoa', 'Ư.H.'],
    ['"Quàng" Văn', 'Q.V.'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
