import { Button, EmptyState, ErrorState, PageHeader, Skeleton, useSession, useTranslation } from '@portal/shared-ui';
import { useCallback, useEffect, useState } from 'react';
import type { ReportSummary } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import { useOnQueuedSent } from '../offline/outbox.js';
import { QueuedList } from '../offline/queued-list.js';
import { useModulePath } from '../reports/base-path.js';
import { ReportCard } from '../reports/report-card.js';

/** `mine`: reports waiting on this device first, then the ones the person filed or follows. */
export function MinePage() {
  const { t } = useTranslation(NAMESPACE);
  const session = useSession();
  const path = useModulePath();
  if (session.status === 'loading') return <Skeleton shape="block" height={200} />;
  if (session.status !== 'authenticated' || !session.user) {
    return (
      <EmptyState
        headingLevel={1}
        icon="user"
        title={t('signIn.mineTitle')}
        action={<Button onClick={() => void session.signIn()}>{t('signIn.action')}</Button>}
      />
    );
  }
  return (
    <>
      <PageHeader title={t('mine.title')} backHref={path()} />
      <Button href={path('new')} icon="camera" variant="secondary" block>
        {t('home.report')}
      </Button>
      <QueuedList ownerSub={session.user.sub} />
      <MyReports />
    </>
  );
}

type ListState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; items: ReportSummary[]; nextCursor: string | null };

function MyReports() {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const path = useModulePath();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [moreFailed, setMoreFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const load = useCallback(() => {
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    api.mine().then(
      (page) => setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor }),
      () => setState({ status: 'failed' }),
    );
  }, [api]);
  useEffect(load, [load]);
  // A report sent from the queue now exists on the server: show it in the list.
  useOnQueuedSent(load);

  const more = async () => {
    if (state.status !== 'ready' || !state.nextCursor) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const page = await api.mine({ cursor: state.nextCursor });
      setState({ status: 'ready', items: [...state.items, ...page.items], nextCursor: page.nextCursor });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  if (state.status === 'loading') {
    return (
      <div aria-busy="true" className="feedback-section">
        <span className="portal-visually-hidden">{t('loading')}</span>
        <Skeleton shape="block" height={96} />
        <Skeleton shape="block" height={96} />
      </div>
    );
  }
  if (state.status === 'failed') return <ErrorState title={t('mine.failed')} onRetry={load} />;
  if (state.items.length === 0) return <EmptyState title={t('mine.empty')} icon="document" />;
  return (
    <section className="feedback-section" aria-label={t('mine.title')}>
      <ul className="feedback-list">
        {state.items.map((report) => (
          <li key={report.code}>
            <ReportCard report={report} to={path(`reports/${report.code}`)} />
          </li>
        ))}
      </ul>
      {moreFailed && <p className="feedback-form__error">{t('mine.failed')}</p>}
      {state.nextCursor && (
        <Button variant="secondary" onClick={() => void more()} disabled={loadingMore} block>
          {t('mine.more')}
        </Button>
      )}
    </section>
  );
}
