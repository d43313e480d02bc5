// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../contract/schemas.js';
import '../i18n.js';
import { Timeline } from './timeline.js';

const ward = { id: 'ubnd-phuong-him-lam', name: { vi: 'UBND phường Him Lam', en: 'Him Lam Ward People’s Committee' }, kind: 'ward_committee' };
const city = { id: 'phong-qldt-tp-dbp', name: { vi: 'Phòng Quản lý đô thị TP Điện Biên Phủ', en: 'Điện Biên Phủ City Urban Management' }, kind: 'city_department' };

const entry = (overrides: Partial<TimelineEntry> & Pick<TimelineEntry, 'id' | 'at' | 'kind'>): TimelineEntry => ({
  visibility: 'public',
  fromStatus: null,
  toStatus: null,
  unit: null,
  actorName: null,
  text: null,
  ...overrides,
});

// Given out of order on purpose: the timeline sorts by time.
const entries: TimelineEntry[] = [
  entry({ id: '3', at: '2026-11-03T02:00:00.000Z', kind: 'forwarded', unit: city, text: 'Đèn đường do Phòng Quản lý đô thị quản lý.' }),
  entry({ id: '1', at: '2026-11-02T01:00:00.000Z', kind: 'submitted', unit: ward }),
  entry({ id: '4', at: '2026-11-04T03:30:00.000Z', kind: 'note', visibility: 'internal', actorName: 'Trần Thị Bình', text: '<img src=x onerror="alert(1)"> gọi điện lực' }),
  entry({ id: '5', at: '2026-11-12T03:00:00.000Z', kind: 'answered', unit: city, text: 'Đã thay bóng đèn.' }),
];

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

describe('Timeline', () => {
  it('lists what happened oldest first, in Vietnamese, with Vietnam time and the unit a report went to', () => {
    render(<Timeline entries={entries} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.feedback-timeline__title')!.textContent)).toEqual([
      'Phản ánh được gửi',
      'Chuyển đến Phòng Quản lý đô thị TP Điện Biên Phủ',
      'Ghi chúGhi chú nội bộ',
      'Có văn bản trả lời',
    ]);
    // 01:00 UTC is 08:00 in Điện Biên (UTC+7), whatever the machine's zone.
    expect(items[0]!.textContent).toContain('08:00');
    expect(items[0]!.textContent).toContain('02/11/2026');
    expect(items[0]!.textContent).toContain('UBND phường Him Lam');
    expect(items[2]!.textContent).toContain('bởi Trần Thị Bình');
  });

  it('shows texts people wrote as text, never as HTML', () => {
    const { container } = render(<Timeline entries={entries} />);
    expect(screen.getByText('<img src=x onerror="alert(1)"> gọi điện lực')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks English when asked, and says when nothing happened yet', async () => {
    await changeLanguage('en');
    const { rerender } = render(<Timeline entries={entries} />);
    expect(screen.getByText('Forwarded to Điện Biên Phủ City Urban Management')).toBeTruthy();
    expect(screen.getByText('Internal note')).toBeTruthy();
    expect(screen.getByText('Official answer given')).toBeTruthy();
    rerender(<Timeline entries={[]} />);
    expect(screen.getByText('Nothing has happened yet.')).toBeTruthy();
  });
});
