import { useEffect, useRef } from 'react';
import {
  Button,
  EmptyState,
  ErrorState,
  PageHeader,
  Skeleton,
  useLanguage,
  useTranslation,
} from '@portal/shared-ui';
import { usePortalName } from '../registry/use-portal-name.js';
import { INBOX_NAMESPACE, registerInboxStrings } from './inbox-strings.js';
import { NotificationRow } from './notification-row.js';
import { useInbox } from './use-inbox.js';
import './inbox.css';

registerInboxStrings();

/** `/inbox` (signed-in only): the user's notifications, newest first, unread ones emphasised. */
export function InboxPage() {
  const { t } = useTranslation(INBOX_NAMESPACE);
  const { language } = useLanguage();
  const portalName = usePortalName();
  const { state, reload, loadMore, markRead, markAllRead } = useInbox();
  const list = useRef<HTMLUListElement>(null);
  const allReadNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = `${t('title')} · ${portalName}`;
  }, [t, portalName]);

  // The button the user pressed may disappear: keep the keyboard focus somewhere meaningful.
  const onMarkAllRead = async () => {
    if (await markAllRead()) requestAnimationFrame(() => allReadNotice.current?.focus());
  };
  const onLoadMore = async () => {
    const firstNew = await loadMore();
    if (firstNew === undefined) return;
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.shell-inbox__row')[firstNew]?.focus());
  };

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={state.status === 'ready' && state.unread > 0 ? t('unreadCount', { count: state.unread }) : undefined}
      backHref="/"
    />
  );
  if (state.status === 'loading') {
    return (
      <>
        {header}
        <div className="shell-module-skeleton" aria-busy="true" role="status">
          <span className="portal-visually-hidden">{t('loading', { ns: 'common' })}</span>
          <Skeleton shape="block" />
          <Skeleton shape="block" />
          <Skeleton shape="block" />
        </div>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        {header}
        <ErrorState data-testid="inbox-error" title={t('errorTitle')} description={t('errorDescription')} onRetry={reload} />
      </>
    );
  }
  if (state.items.length === 0) {
    return (
      <>
        {header}
        <EmptyState data-testid="inbox-empty" icon="bell" title={t('emptyTitle')} description={t('emptyDescription')} />
      </>
    );
  }
  const now = new Date();
  return (
    <>
      {header}
      {state.unread > 0 && (
        <div className="shell-inbox__actions">
          <Button variant="secondary" icon="check" onClick={() => void onMarkAllRead()} data-testid="inbox-mark-all">
            {t('markAllRead')}
          </Button>
        </div>
      )}
      {state.allMarkedRead && (
        <p className="shell-inbox__notice" role="status" tabIndex={-1} ref={allReadNotice}>
          {t('allRead')}
        </p>
      )}
      {state.markReadFailed && (
        <p className="shell-inbox__notice shell-inbox__notice--error" role="alert">
          {t('markReadFailed')}
        </p>
      )}
      <ul className="shell-inbox" data-testid="inbox-list" ref={list}>
        {state.items.map((item) => (
          <NotificationRow key={item.id} item={item} language={language} now={now} onOpen={markRead} />
        ))}
      </ul>
      {state.loadMoreFailed && (
        <p className="shell-inbox__notice shell-inbox__notice--error" role="alert">
          {t('loadMoreFailed')}
        </p>
      )}
      {state.nextCursor && (
        <div className="shell-inbox__more">
          <Button
            variant="secondary"
            block
            aria-disabled={state.loadingMore}
            onClick={() => void onLoadMore()}
            data-testid="inbox-load-more"
          >
            {state.loadingMore ? t('loadingMore') : t('loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
