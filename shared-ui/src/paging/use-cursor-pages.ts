/*
 * `@portal/shared-ui/paging`: a keyset-paginated list (a module API's `{ items, nextCursor }` pages).
 * A subpath, not in the shared singleton: only module pages use it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPage {
  items: readonly unknown[];
  nextCursor: string | null;
}

type ItemOf<Page extends CursorPage> = Page['items'][number];

export type CursorPagesState<Page extends CursorPage> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      items: ItemOf<Page>[];
      nextCursor: string | null;
      /** The newest page answered (for what else it carries, e.g. counts). */
      last: Page;
      loadingMore: boolean;
      moreFailed: boolean;
    };

/**
 * The first page whenever `key` (the filters) changes, then `loadMore()` appends the page after
 * `nextCursor`. Only the newest request of a key may change the state, so a slow earlier answer never wins.
 */
export function useCursorPages<Page extends CursorPage>(load: (cursor: string | undefined) => Promise<Page>, key: string) {
  const [state, setState] = useState<CursorPagesState<Page>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    loader.current(undefined).then(
      (page) =>
        mine === generation.current &&
        setState({ status: 'ready', items: [...page.items], nextCursor: page.nextCursor, last: page, loadingMore: false, moreFailed: false }),
      (error: unknown) => mine === generation.current && setState({ status: 'error', error }),
    );
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || !state.nextCursor || state.loadingMore) return;
    const mine = generation.current;
    const before = state;
    setState({ ...before, loadingMore: true, moreFailed: false });
    loader.current(before.nextCursor ?? undefined).then(
      (page) =>
        mine === generation.current &&
        setState({ ...before, items: [...before.items, ...page.items], nextCursor: page.nextCursor, last: page, loadingMore: false, moreFailed: false }),
      () => mine === generation.current && setState({ ...before, loadingMore: false, moreFailed: true }),
    );
  }, [state]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, loadMore, retry };
}
