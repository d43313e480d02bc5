import '../test-setup.js';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { InboxTabs } from './index.js';

const BUCKETS = [
  { name: 'new', label: 'Mới' },
  { name: 'overdue', label: 'Quá hạn' },
  { name: 'all', label: 'Tất cả' },
] as const;
type Bucket = (typeof BUCKETS)[number]['name'];

function Inbox({ counts }: { counts: Partial<Record<Bucket, number>> | null }) {
  const [bucket, setBucket] = useState<Bucket>('new');
  return (
    <>
      <InboxTabs
        label="Nhóm hồ sơ"
        buckets={BUCKETS}
        counts={counts}
        describeCount={(label, count) => `${label}, ${count} hồ sơ`}
        selected={bucket}
        onSelect={setBucket}
      />
      <p>Đang xem: {bucket}</p>
    </>
  );
}

describe('InboxTabs', () => {
  it('names each bucket with its count, marks the chosen one and switches on a click', () => {
    render(<Inbox counts={{ new: 3, overdue: 1, all: 19 }} />);
    expect(screen.getByRole('toolbar', { name: 'Nhóm hồ sơ' })).toBeTruthy();
    const fresh = screen.getByRole('button', { name: 'Mới, 3 hồ sơ' });
    expect(fresh.getAttribute('aria-pressed')).toBe('true');
    expect(fresh.textContent).toBe('Mới3');
    fireEvent.click(screen.getByRole('button', { name: 'Quá hạn, 1 hồ sơ' }));
    expect(screen.getByRole('button', { name: 'Quá hạn, 1 hồ sơ' }).getAttribute('aria-pressed')).toBe('true');
    expect(fresh.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Đang xem: overdue')).toBeTruthy();
  });

  it('shows plain names until the counts arrive', () => {
    render(<Inbox counts={null} />);
    expect(screen.getByRole('button', { name: 'Mới' }).textContent).toBe('Mới');
    expect(screen.getByRole('button', { name: 'Tất cả' })).toBeTruthy();
  });

  it('is one Tab stop; arrow keys, Home and End move along the strip and wrap around', () => {
    render(<Inbox counts={null} />);
    const [fresh, overdue, all] = screen.getAllByRole('button') as [HTMLElement, HTMLElement, HTMLElement];
    expect([fresh, overdue, all].map((button) => button.tabIndex)).toEqual([0, -1, -1]);
    fresh.focus();
    fireEvent.keyDown(fresh, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(overdue);
    fireEvent.keyDown(overdue, { key: 'End' });
    expect(document.activeElement).toBe(all);
    fireEvent.keyDown(all, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(fresh);
    fireEvent.keyDown(fresh, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(all);
    fireEvent.keyDown(all, { key: 'Home' });
    expect(document.activeElement).toBe(fresh);
    // Moving focus does not choose: Enter or a click does.
    expect(fresh.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(all);
    expect([fresh, overdue, all].map((button) => button.tabIndex)).toEqual([-1, -1, 0]);
  });
});
