import { describe, expect, it } from 'vitest';
import { toCsv } from './stats-csv.js';

describe('the statistics CSV', () => {
  it('starts with a byte order mark and ends lines with CRLF, so Excel shows the diacritics', () => {
    const csv = toCsv([
      ['Cơ quan', 'Tiếp nhận'],
      ['UBND phường Him Lam', 12],
    ]);
    expect(csv).toBe('\uFEFFCơ quan,Tiếp nhận\r\nUBND phường Him Lam,12\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes; no rate is an empty field', () => {
    const csv = toCsv([['UBND xã Thanh Xương, huyện Điện Biên', 'Bộ phận "Một cửa"', 'hai\ndòng', null, 87.5]]);
    expect(csv).toBe('\uFEFF"UBND xã Thanh Xương, huyện Điện Biên","Bộ phận ""Một cửa""","hai\ndòng",,87.5\r\n');
  });
});
