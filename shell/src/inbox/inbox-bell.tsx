import { Icon, SmartLink, useTranslation } from '@portal/shared-ui';
import { INBOX_NAMESPACE, registerInboxStrings } from './inbox-strings.js';
import { useUnreadCount } from './use-unread-count.js';
import './inbox.css';

registerInboxStrings();

/** The app bar's bell (signed-in only): opens /inbox; its badge shows the unread count, "9+" above 9. */
export function InboxBell() {
  const { t } = useTranslation(INBOX_NAMESPACE);
  const unread = useUnreadCount() ?? 0;
  return (
    <SmartLink href="/inbox" className="shell-bell" data-testid="inbox-bell" aria-label={t('unreadCount', { count: unread })}>
      <Icon name="bell" size={22} />
      {unread > 0 && (
        <span className="shell-bell__badge" data-testid="inbox-badge" aria-hidden="true">
          {unread > 9 ? '9+' : unread}
        </span>
      )}
    </SmartLink>
  );
}
