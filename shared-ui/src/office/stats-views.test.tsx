import '../test-setup.js';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { StatsCards, StatsTable, type StatsViewProps } from './index.js';

const figures: StatsViewProps = {
  columns: ['Cơ quan', 'Tiếp nhận', 'Tỉ lệ đúng hạn'],
  rows: [
    { key: 'him-lam', name: 'UBND phường Him Lam', cells: ['1.234', '87,5 %'], note: <p>2 hồ sơ đang quá hạn</p> },
    { key: 'tp-dbp', name: 'Bộ phận Một cửa TP Điện Biên Phủ', cells: ['12', '—'] },
  ],
  total: { cells: ['1.246', '86 %'] },
};

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('StatsTable', () => {
  it('is a table named by its caption, with column headers, a row header per row and the totals', () => {
    render(<StatsTable caption="Hồ sơ theo cơ quan, tháng 11/2026" {...figures} />);
    const table = screen.getByRole('table', { name: 'Hồ sơ theo cơ quan, tháng 11/2026' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Cơ quan', 'Tiếp nhận', 'Tỉ lệ đúng hạn']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'UBND phường Him Lam',
      'Bộ phận Một cửa TP Điện Biên Phủ',
      'Tổng cộng',
    ]);
    const total = within(table).getByRole('rowheader', { name: 'Tổng cộng' }).closest('tr')!;
    expect(within(total).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1.246', '86 %']);
    // Notes belong to the cards; the table has no room for them.
    expect(screen.queryByText('2 hồ sơ đang quá hạn')).toBeNull();
    // A keyboard user can reach the region to scroll a table wider than the phone.
    const region = screen.getByRole('region', { name: 'Hồ sơ theo cơ quan, tháng 11/2026' });
    expect(region.tabIndex).toBe(0);
  });
});

describe('StatsCards', () => {
  it('gives each row a titled card of labelled figures, its note, and the totals last', async () => {
    await changeLanguage('en');
    render(<StatsCards {...figures} />);
    const cards = screen.getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'UBND phường Him Lam',
      'Bộ phận Một cửa TP Điện Biên Phủ',
      'Total',
    ]);
    const first = cards[0]!;
    expect(within(first).getByText('Tiếp nhận').nextSibling?.textContent).toBe('1.234');
    expect(within(first).getByText('Tỉ lệ đúng hạn').nextSibling?.textContent).toBe('87,5 %');
    expect(within(first).getByText('2 hồ sơ đang quá hạn')).toBeTruthy();
    expect(within(first).queryByText('Cơ quan')).toBeNull();
  });
});
