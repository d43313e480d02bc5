import '../test-setup.js';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { useCursorPages } from '../paging/use-cursor-pages.js';
import { PagedList } from './index.js';

interface Page {
  items: string[];
  nextCursor: string | null;
}

/** A list server of two pages whose answers the test decides: a page, or a failure. */
function server(answers: (cursor: string | undefined) => Page | Error) {
  return (cursor: string | undefined) => {
    const answer = answers(cursor);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
}

function Dossiers({ load }: { load: (cursor: string | undefined) => Promise<Page> }) {
  const pages = useCursorPages(load, 'all');
  return (
    <PagedList
      pages={pages}
      texts={{ loading: 'Đang tải hồ sơ…', errorTitle: 'Không tải được danh sách', emptyTitle: 'Không có hồ sơ nào', emptyHint: 'Thử bỏ bớt bộ lọc.' }}
      renderItem={(code) => <li key={code}>{code}</li>}
    />
  );
}

const items = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('PagedList', () => {
  it('says it is loading, shows the first page, then appends the next one on "Xem thêm"', async () => {
    render(<Dossiers load={server((cursor) => (cursor ? { items: ['H-0001'], nextCursor: null } : { items: ['H-0003', 'H-0002'], nextCursor: 'p2' }))} />);
    expect(screen.getByRole('status').textContent).toBe('Đang tải hồ sơ…');
    await waitFor(() => expect(items()).toEqual(['H-0003', 'H-0002']));
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(items()).toEqual(['H-0003', 'H-0002', 'H-0001']));
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('keeps what it shows when the next page fails, and says so', async () => {
    render(<Dossiers load={server((cursor) => (cursor ? new Error('offline') : { items: ['H-0003'], nextCursor: 'p2' }))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Không tải thêm được. Vui lòng thử lại.');
    expect(items()).toEqual(['H-0003']);
  });

  it('offers to try again when the first page fails, and says when nothing matched', async () => {
    let calls = 0;
    render(<Dossiers load={server(() => (++calls === 1 ? new Error('offline') : { items: [], nextCursor: null }))} />);
    expect(await screen.findByRole('heading', { name: 'Không tải được danh sách' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Không có hồ sơ nào' })).toBeTruthy();
    expect(screen.getByText('Thử bỏ bớt bộ lọc.')).toBeTruthy();
  });
});
