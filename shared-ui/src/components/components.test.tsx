import '../test-setup.js';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { Icon } from '../icons/icon.js';
import { Button } from './button.js';
import { EmptyState } from './empty-state.js';
import { ErrorState } from './error-state.js';
import { List, ListItem } from './list.js';
import { PageHeader } from './page-header.js';
import { SearchField } from './search-field.js';
import { Tile } from './tile.js';

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('Button', () => {
  it('is a button by default and a link when given href', () => {
    render(
      <>
        <Button>Gửi</Button>
        <Button href="tel:113" variant="danger" icon="phone">
          Gọi 113
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Gửi' }).getAttribute('type')).toBe('button');
    const call = screen.getByRole('link', { name: 'Gọi 113' });
    expect(call.getAttribute('href')).toBe('tel:113');
    expect(call.className).toContain('portal-button--danger');
  });

  it('navigates inside the app without reloading when the href is a route', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path="/" element={<Button href="/m/hotlines">Đường dây nóng</Button>} />
          <Route path="/m/hotlines" element={<h1>Trang đường dây nóng</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Đường dây nóng' });
    expect(link.getAttribute('href')).toBe('/m/hotlines');
    fireEvent.click(link);
    expect(screen.getByRole('heading', { name: 'Trang đường dây nóng' })).toBeTruthy();
  });
});

describe('ErrorState', () => {
  it('announces the failure and retries on request', () => {
    let retries = 0;
    render(<ErrorState data-testid="module-fallback" onRetry={() => (retries += 1)} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-testid')).toBe('module-fallback');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(retries).toBe(2);
  });

  it('speaks English after the switch', async () => {
    render(<ErrorState onRetry={() => {}} />);
    await act(() => changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByText('Something went wrong')).toBeTruthy();
  });

  it('has no retry button without a retry action', () => {
    render(<ErrorState title="Không tìm thấy" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('EmptyState', () => {
  it('shows a default title and the given action', () => {
    render(<EmptyState action={<Button>Tải lại</Button>} />);
    expect(screen.getByRole('heading', { name: 'Chưa có nội dung' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeTruthy();
  });
});

describe('Icon', () => {
  it('is hidden from screen readers unless labelled', () => {
    const { container } = render(
      <>
        <Icon name="phone" />
        <Icon name="fire" label="Cứu hoả" />
      </>,
    );
    expect(container.querySelector('svg[data-icon="phone"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('img', { name: 'Cứu hoả' })).toBeTruthy();
  });

  it('draws a neutral icon for a name it does not know', () => {
    const { container } = render(<Icon name="no-such-icon" />);
    expect(container.querySelectorAll('svg path').length).toBeGreaterThan(0);
  });
});

describe('SearchField', () => {
  function Search() {
    const [value, setValue] = useState('');
    return (
      <>
        <SearchField label="Tìm số điện thoại" value={value} onValueChange={setValue} />
        <output>{value}</output>
      </>
    );
  }

  it('is labelled, reports what is typed and clears it', () => {
    render(<Search />);
    const input = screen.getByLabelText('Tìm số điện thoại') as HTMLInputElement;
    expect(input.type).toBe('search');
    fireEvent.change(input, { target: { value: 'công an' } });
    expect(screen.getByRole('status').textContent).toBe('công an');
    fireEvent.click(screen.getByRole('button', { name: 'Xoá' }));
    expect(input.value).toBe('');
  });
});

describe('List, Tile and PageHeader', () => {
  it('makes a whole list row a link', () => {
    render(
      <List>
        <ListItem title="Công an" description="Gọi khi có tội phạm" href="tel:113" icon="police" />
        <ListItem title="Không có liên kết" />
      </List>,
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe('tel:113');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders a tile as one link with its label', () => {
    render(
      <MemoryRouter>
        <Tile href="/m/hotlines" icon="phone" label="Đường dây nóng" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Đường dây nóng' }).getAttribute('href')).toBe('/m/hotlines');
  });

  it('gives the page an h1 and a labelled back link', () => {
    render(
      <MemoryRouter>
        <PageHeader title="Chi tiết" backHref="/m/hotlines" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Chi tiết' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Quay lại' }).getAttribute('href')).toBe('/m/hotlines');
  });
});
