import { Button, EmptyState, ErrorState, useTranslation, type IconName } from '@portal/shared-ui';
import type { CursorPage, useCursorPages } from '../paging/use-cursor-pages.js';
import type { ReactNode } from 'react';
import { OFFICE_KIT_NAMESPACE } from './strings.js';

export interface PagedListProps<Page extends CursorPage> {
  /** What `useCursorPages` (from `@portal/shared-ui/paging`) returns. */
  pages: Pick<ReturnType<typeof useCursorPages<Page>>, 'state' | 'loadMore' | 'retry'>;
  /** The module's words: while the first page loads, when it failed, when nothing matched (and what to try). */
  texts: { loading: string; errorTitle: string; emptyTitle: string; emptyHint?: string };
  /** The empty state's icon; default `check` (an inbox with nothing left to do). */
  emptyIcon?: IconName;
  /** One `<li>` per item. */
  renderItem: (item: Page['items'][number]) => ReactNode;
  /** The `<ul>`'s class (the module's list layout). */
  className?: string;
}

/** A keyset-paginated list: loading, error with retry, empty, the items, and "Xem thêm" while more pages exist. */
export function PagedList<Page extends CursorPage>({ pages, texts, renderItem, className, emptyIcon = 'check' }: PagedListProps<Page>) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const { state } = pages;
  if (state.status === 'loading') {
    return (
      <p role="status" className="portal-office-muted">
        {texts.loading}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorState title={texts.errorTitle} onRetry={pages.retry} />;
  if (state.items.length === 0) return <EmptyState title={texts.emptyTitle} description={texts.emptyHint} icon={emptyIcon} />;
  return (
    <>
      <ul className={className ? `portal-paged-list ${className}` : 'portal-paged-list'}>{state.items.map(renderItem)}</ul>
      {state.moreFailed && (
        <p role="alert" className="portal-office-error">
          {t('moreFailed')}
        </p>
      )}
      {state.nextCursor && (
        <Button variant="secondary" block onClick={pages.loadMore} disabled={state.loadingMore}>
          {t('more')}
        </Button>
      )}
    </>
  );
}
