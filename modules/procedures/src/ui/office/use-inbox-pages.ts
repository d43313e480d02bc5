import { useCursorPages } from '@portal/shared-ui/paging';
import { useRef } from 'react';
import type { InboxPage } from '../../contract/schemas.js';

/**
 * The inbox list page by page (shared-ui's useCursorPages): `key` names the filters (a change starts
 * over from the first page), and only the newest request of a key may change the state.
 */
export function useInboxPages(load: (cursor: string | undefined) => Promise<InboxPage>, key: string) {
  const pages = useCursorPages(load, key);
  // The bucket counts stay on the tabs while another bucket loads (they change little between pages).
  const lastCounts = useRef<InboxPage['counts'] | null>(null);
  if (pages.state.status === 'ready') lastCounts.current = pages.state.last.counts;
  return { ...pages, counts: lastCounts.current };
}
