import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportPage, ReportSummary } from '../../contract/schemas.js';

export type PagedState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: ReportSummary[]; nextCursor: string | null; loadingMore: boolean; moreFailed: boolean };

/**
 * A keyset-paginated list of reports: the first page whenever `key` (the filters) changes, then
 * `loadMore()` appends the page after `nextCursor`. Answers for older filters are dropped.
 */
export function useReportPages(loadPage: (cursor: string | undefined) => Promise<ReportPage>, key: string) {
  const [state, setState] = useState<PagedState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const loader = useRef(loadPage);
  loader.current = loadPage;

  useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    loader.current(undefined).then(
      (page) => mine === generation.current && setState({ status: 'ready', ...page, loadingMore: false, moreFailed: false }),
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
        setState({ status: 'ready', items: [...before.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false, moreFailed: false }),
      () => mine === generation.current && setState({ ...before, loadingMore: false, moreFailed: true }),
    );
  }, [state]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, loadMore, retry };
}
