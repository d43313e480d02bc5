import '../test-setup.js';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { AuditTrail, type AuditEntry } from './index.js';

const received: AuditEntry = {
  id: 1,
  action: 'Tiếp nhận',
  at: '2026-11-28T03:30:00.000Z',
  actor: 'Cầm Văn Sơn (đơn vị bp-mot-cua)',
  before: { status: 'submitted' },
  after: { status: 'processing', note: '<b>không phải HTML</b>' },
};
const created: AuditEntry = { id: 2, action: 'Tạo hồ sơ nháp', at: '2026-11-27T01:00:00.000Z', actor: null, before: null, after: null };

/** Opens the `<details>` as a person does (the browser then fires "toggle"). */
function open() {
  const details = screen.getByText('Nhật ký thao tác').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return details;
}

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('AuditTrail', () => {
  it('fetches nothing until opened, then lists who did what and when, with the values before and after', async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      return [received, created];
    };
    render(<AuditTrail load={load} version={1} formatTime={(iso) => `lúc ${iso.slice(11, 16)}`} />);
    expect(screen.getByText('Ai đã làm gì, khi nào; giá trị trước và sau.')).toBeTruthy();
    expect(loads).toBe(0);
    const details = open();
    const [first, second] = (await within(details).findAllByRole('listitem')) as [HTMLElement, HTMLElement];
    expect(first.querySelector('p')?.textContent).toBe('Tiếp nhận · lúc 03:30 · Cầm Văn Sơn (đơn vị bp-mot-cua)');
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe(received.at);
    expect(within(first).getByText('Trước').nextSibling?.textContent).toContain('"status": "submitted"');
    // Stored text is shown as text, never as markup.
    expect(within(first).getByText(/<b>không phải HTML<\/b>/)).toBeTruthy();
    expect(second.textContent).toBe('Tạo hồ sơ nháp · lúc 01:00');
    expect(loads).toBe(1);
  });

  it('says when there is nothing yet, and fetches again for a new version', async () => {
    let answer: AuditEntry[] = [];
    const load = async () => answer;
    const { rerender } = render(<AuditTrail load={load} version={1} formatTime={(iso) => iso} />);
    open();
    expect(await screen.findByText('Chưa có thao tác nào.')).toBeTruthy();
    answer = [received];
    rerender(<AuditTrail load={load} version={2} formatTime={(iso) => iso} />);
    expect(await screen.findByText('Tiếp nhận')).toBeTruthy();
  });

  it('offers to try again after a failure, in English when chosen', async () => {
    await changeLanguage('en');
    let calls = 0;
    const load = async () => {
      if (++calls === 1) throw new Error('offline');
      return [created];
    };
    render(<AuditTrail load={load} version={1} formatTime={(iso) => iso} />);
    const details = screen.getByText('Audit trail').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByRole('heading', { level: 3, name: 'The audit trail could not be loaded' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(details).getAllByRole('listitem')).toHaveLength(1));
  });
});
