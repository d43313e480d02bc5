import '../test-setup.js';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorPages } from './use-cursor-pages.js';

type Page = { items: string[]; nextCursor: string | null; counts: { all: number } };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('useCursorPages', () => {
  it('loads the first page, appends the next one and keeps the newest page', async () => {
    const pages: Record<string, Page> = {
      first: { items: ['a', 'b'], nextCursor: 'c2', counts: { all: 3 } },
      c2: { items: ['c'], nextCursor: null, counts: { all: 3 } },
    };
    const { result } = renderHook(() => useCursorPages((cursor) => Promise.resolve(pages[cursor ?? 'first']!), 'filters'));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.state).toMatchObject({ items: ['a', 'b', 'c'], nextCursor: null, loadingMore: false }));
    expect(result.current.state.status === 'ready' && result.current.state.last.counts.all).toBe(3);
  });

  it('drops the answer of older filters and keeps the list when a further page fails', async () => {
    const slow = deferred<Page>();
    const { result, rerender } = renderHook(({ key }) => useCursorPages((cursor) => (key === 'old' ? slow.promise : cursor ? Promise.reject(new TypeError('offline')) : Promise.resolve({ items: ['new'], nextCursor: 'n2', counts: { all: 2 } })), key), {
      initialProps: { key: 'old' },
    });
    rerender({ key: 'new' });
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'ready', items: ['new'] }));
    slow.resolve({ items: ['stale'], nextCursor: null, counts: { all: 9 } });
    await Promise.resolve();
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.state).toMatchObject({ items: ['new'], moreFailed: true, loadingMore: false }));
  });
});
