import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '@portal/shared-ui';
import {
  fetchInboxPage,
  markAllNotificationsRead,
  markNotificationRead,
  type InboxNotification,
  type InboxPage,
} from './inbox-api.js';
import { unreadChanged } from './unread-signal.js';

export interface InboxState extends InboxPage {
  status: 'loading' | 'error' | 'ready';
  loadingMore: boolean;
  loadMoreFailed: boolean;
  markReadFailed: boolean;
  /** "Mark all as read" just succeeded (announced once). */
  allMarkedRead: boolean;
}

const LOADING: InboxState = {
  status: 'loading',
  items: [],
  nextCursor: null,
  unread: 0,
  loadingMore: false,
  loadMoreFailed: false,
  markReadFailed: false,
  allMarkedRead: false,
};

function withReadAt(items: InboxNotification[], ids: ReadonlySet<string>, readAt: string | null) {
  return items.map((item) => (ids.has(item.id) ? { ...item, readAt } : item));
}

/** The inbox page's data and actions: first page, older pages by cursor, marking read. */
export function useInbox() {
  const { fetch } = useSession();
  const [state, setState] = useState<InboxState>(LOADING);
  // Answers of an earlier load (before a retry) must not overwrite a newer one.
  const generation = useRef(0);

  const load = useCallback(() => {
    const current = ++generation.current;
    setState(LOADING);
    fetchInboxPage(fetch).then(
      (page) => current === generation.current && setState({ ...LOADING, ...page, status: 'ready' }),
      () => current === generation.current && setState({ ...LOADING, status: 'error' }),
    );
  }, [fetch]);

  useEffect(() => load(), [load]);

  /** Resolves with the index of the first new item, or undefined when nothing was added. */
  const loadMore = async (): Promise<number | undefined> => {
    if (!state.nextCursor || state.loadingMore) return undefined;
    const current = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreFailed: false }));
    try {
      const page = await fetchInboxPage(fetch, state.nextCursor);
      if (current !== generation.current) return undefined;
      const firstNew = state.items.length;
      setState((previous) => {
        const known = new Set(previous.items.map((item) => item.id));
        const items = [...previous.items, ...page.items.filter((item) => !known.has(item.id))];
        return { ...previous, items, nextCursor: page.nextCursor, unread: page.unread, loadingMore: false };
      });
      return firstNew;
    } catch {
      if (current === generation.current) setState((previous) => ({ ...previous, loadingMore: false, loadMoreFailed: true }));
      return undefined;
    }
  };

  /** Shown as read at once; put back (with a notice) if the server refuses. */
  const markRead = (item: InboxNotification): void => {
    if (item.readAt !== null) return;
    const ids = new Set([item.id]);
    setState((previous) => ({
      ...previous,
      items: withReadAt(previous.items, ids, new Date().toISOString()),
      unread: Math.max(0, previous.unread - 1),
      markReadFailed: false,
      allMarkedRead: false,
    }));
    markNotificationRead(fetch, item.id).then(unreadChanged, () =>
      setState((previous) => ({
        ...previous,
        items: withReadAt(previous.items, ids, null),
        unread: previous.unread + 1,
        markReadFailed: true,
      })),
    );
  };

  const markAllRead = async (): Promise<boolean> => {
    try {
      await markAllNotificationsRead(fetch);
    } catch {
      setState((previous) => ({ ...previous, markReadFailed: true, allMarkedRead: false }));
      return false;
    }
    const readAt = new Date().toISOString();
    setState((previous) => ({
      ...previous,
      items: previous.items.map((item) => (item.readAt === null ? { ...item, readAt } : item)),
      unread: 0,
      markReadFailed: false,
      allMarkedRead: true,
    }));
    unreadChanged();
    return true;
  };

  return { state, reload: load, loadMore, markRead, markAllRead };
}
