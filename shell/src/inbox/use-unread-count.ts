import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '@portal/shared-ui';
import { fetchUnreadCount } from './inbox-api.js';
import { onUnreadChanged } from './unread-signal.js';

export const UNREAD_POLL_MS = 30_000;

const visible = () => document.visibilityState === 'visible';

/**
 * The signed-in user's unread count, asked again every 30 s while the tab is visible, when it
 * becomes visible, on every route change and when the inbox marks something read. Undefined
 * until the first answer; a failed poll keeps the last count (the badge never flickers away).
 */
export function useUnreadCount(): number | undefined {
  const { fetch } = useSession();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number>();
  const latest = useRef(0);

  const refresh = useCallback(() => {
    // Only the newest request may set the count: an older answer can arrive after a newer one.
    const request = ++latest.current;
    fetchUnreadCount(fetch).then(
      (count) => request === latest.current && setUnread(count),
      () => undefined,
    );
  }, [fetch]);

  useEffect(() => refresh(), [pathname, refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const schedule = () => {
      clearInterval(timer);
      timer = visible() ? setInterval(refresh, UNREAD_POLL_MS) : undefined;
    };
    const onVisibility = () => {
      if (visible()) refresh();
      schedule();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    const stopListening = onUnreadChanged(refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      stopListening();
    };
  }, [refresh]);

  return unread;
}
