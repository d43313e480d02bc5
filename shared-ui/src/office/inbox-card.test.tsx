import '../test-setup.js';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { InboxCard } from './index.js';

describe('InboxCard', () => {
  it('is one list row whose whole card is a single link named by its content', () => {
    render(
      <MemoryRouter>
        <ul>
          <InboxCard href="/m/procedures/office/dossiers/d-1" code="H40.25-261127-0003" aside={<span>Quá hạn</span>} title="Đăng ký hộ kinh doanh">
            <span>Người nộp: Lò Văn Khánh</span>
          </InboxCard>
        </ul>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: /H40\.25-261127-0003/ });
    expect(link.getAttribute('href')).toBe('/m/procedures/office/dossiers/d-1');
    expect(link.textContent).toBe('H40.25-261127-0003Quá hạnĐăng ký hộ kinh doanhNgười nộp: Lò Văn Khánh');
    expect(screen.getByRole('listitem').contains(link)).toBe(true);
  });
});
