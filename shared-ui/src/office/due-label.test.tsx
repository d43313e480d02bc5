import '../test-setup.js';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { DueLabel } from './index.js';

const DATE = 'Hẹn trả 02/12/2026';
const text = () => document.querySelector('.portal-due')?.textContent;

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('DueLabel', () => {
  it('says the date and how the deadline stands', () => {
    render(<DueLabel state={{ kind: 'left', days: 2 }} date={DATE} />);
    expect(text()).toBe('Hẹn trả 02/12/2026 · còn 2 ngày');
  });

  it('says "hạn hôm nay", "quá hạn", "tạm dừng tính hạn", and the date alone when no clock runs', () => {
    const cases = [
      [{ kind: 'today' }, 'Hẹn trả 02/12/2026 · hạn hôm nay'],
      [{ kind: 'overdue', days: 3 }, 'Hẹn trả 02/12/2026 · quá hạn 3 ngày'],
      [{ kind: 'paused' }, 'Hẹn trả 02/12/2026 · tạm dừng tính hạn'],
      [null, 'Hẹn trả 02/12/2026'],
    ] as const;
    for (const [state, expected] of cases) {
      const { unmount } = render(<DueLabel state={state} date={DATE} />);
      expect(text()).toBe(expected);
      unmount();
    }
  });

  it('in a tight row says only the standing, the date as its tooltip; in English, day or days', async () => {
    await changeLanguage('en');
    render(<DueLabel state={{ kind: 'overdue', days: 1 }} date="Due 29/11/2026" layout="compact" />);
    const label = screen.getByTitle('Due 29/11/2026');
    expect(label.textContent).toBe('1 day overdue');
  });
});
