import { useCallback, useEffect, useRef, useState } from 'react';
import type { Coordinates, Facility, FacilityPage } from '../../contract/schemas.js';
import { facilitiesPath, fetchJson } from '../api-client.js';

const PAGE_SIZE = 20;

export type FacilitiesState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; items: Facility[]; total: number; page: number; more: 'idle' | 'loading' | 'failed' };

/** Local lines matching `q`, nearest first when `near` is known; `loadMore` appends the next page. */
export function useFacilities(q: string, near: Coordinates | null) {
  const [state, setState] = useState<FacilitiesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Bumped by every new search, so a late "more" answer of an older search is dropped.
  const search = useRef(0);
  const firstPage = facilitiesPath({ q, near, page: 1, pageSize: PAGE_SIZE });

  useEffect(() => {
    const controller = new AbortController();
    search.current += 1;
    setState({ status: 'loading' });
    fetchJson<FacilityPage>(firstPage, controller.signal).then(
      ({ items, total }) => setState({ status: 'ready', items, total, page: 1, more: 'idle' }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [firstPage, attempt]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.more === 'loading') return;
    const mine = search.current;
    const next = state.page + 1;
    setState({ ...state, more: 'loading' });
    const keep = (update: (current: Extract<FacilitiesState, { status: 'ready' }>) => FacilitiesState) =>
      setState((current) => (search.current === mine && current.status === 'ready' ? update(current) : current));
    fetchJson<FacilityPage>(facilitiesPath({ q, near, page: next, pageSize: PAGE_SIZE })).then(
      ({ items, total }) => keep((current) => ({ ...current, items: [...current.items, ...items], total, page: next, more: 'idle' })),
      () => keep((current) => ({ ...current, more: 'failed' })),
    );
  }, [state, q, near]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, loadMore, retry };
}
