import { Link } from 'react-router';
import { Icon, useTranslation, type Language } from '@portal/shared-ui';
import { inAppPath, type InboxNotification } from './inbox-api.js';
import { INBOX_NAMESPACE } from './inbox-strings.js';
import { formatDateTime, formatRelativeTime } from './relative-time.js';

export interface NotificationRowProps {
  item: InboxNotification;
  language: Language;
  now: Date;
  /** Tapped: mark it read (the row's link, if any, then navigates). */
  onOpen: (item: InboxNotification) => void;
}

/**
 * One notification. With an in-app link the row is that link; without one an unread row is a
 * button that marks it read; a read row without a link is plain text.
 */
export function NotificationRow({ item, language, now, onOpen }: NotificationRowProps) {
  const { t } = useTranslation(INBOX_NAMESPACE);
  const unread = item.readAt === null;
  const path = inAppPath(item.link);
  const created = new Date(item.createdAt);
  const content = (
    <>
      <span className="shell-inbox__dot" aria-hidden="true" />
      <span className="shell-inbox__text">
        {/* Unread is not told by colour and weight alone. */}
        {unread && <span className="portal-visually-hidden">{t('unread')}: </span>}
        <span className="shell-inbox__title">{item.title[language]}</span>
        {item.body && <span className="shell-inbox__body">{item.body[language]}</span>}
        <time className="shell-inbox__time" dateTime={item.createdAt} title={formatDateTime(created, language)}>
          {formatRelativeTime(created, now, language)}
        </time>
      </span>
      {path && <Icon name="chevron-right" size={20} className="shell-inbox__chevron" />}
    </>
  );
  let row;
  if (path) {
    row = (
      <Link to={path} className="shell-inbox__row" onClick={() => onOpen(item)}>
        {content}
      </Link>
    );
  } else if (unread) {
    row = (
      <button type="button" className="shell-inbox__row" onClick={() => onOpen(item)}>
        {content}
      </button>
    );
  } else {
    row = (
      <div className="shell-inbox__row" tabIndex={-1}>
        {content}
      </div>
    );
  }
  return (
    <li className={unread ? 'shell-inbox__item shell-inbox__item--unread' : 'shell-inbox__item'} data-testid="inbox-item">
      {row}
    </li>
  );
}
