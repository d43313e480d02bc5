import { Button, EmptyState, ErrorState, PageHeader, Skeleton, useSession, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DOSSIER_STATUSES, type DossierStatus } from '../../contract/domain.js';
import type { DossierSummary } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { problemMessage, useProceduresApi } from '../shared/api-client.js';
import { applicantTypeOf } from '../shared/applicant.js';
import { useModulePath } from '../shared/base-path.js';
import { useLoad } from '../shared/use-load.js';
import { DossierCard } from './dossier-card.js';
import './tracking/tracking.css';
import './my-dossiers.css';

const isStatus = (value: string | null): value is DossierStatus => value !== null && (DOSSIER_STATUSES as readonly string[]).includes(value);

/** Hồ sơ của tôi: the caller's dossiers (a business: its enterprise's), filtered by status with chips. */
export function MyDossiersPage() {
  const { t } = useTranslation(NAMESPACE);
  const session = useSession();
  const path = useModulePath();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;

  if (session.status !== 'authenticated') {
    return (
      <div className="procedures-mine">
        <PageHeader title={t('mine.title')} backHref={path()} backLabel={t('back')} />
        {session.status === 'anonymous' && (
          <EmptyState
            icon="user"
            title={t('signIn.title')}
            description={t('signIn.hint')}
            action={<Button onClick={() => void session.signIn()}>{t('signIn.action')}</Button>}
          />
        )}
      </div>
    );
  }
  if (applicantTypeOf(session.user) === null) {
    return (
      <div className="procedures-mine">
        <PageHeader title={t('mine.title')} backHref={path()} backLabel={t('back')} />
        <EmptyState icon="info" title={t('signIn.notApplicant')} />
      </div>
    );
  }
  const choose = (next: DossierStatus | undefined) => setParams(next ? { status: next } : {}, { replace: true });
  return (
    <div className="procedures-mine">
      <PageHeader title={t('mine.title')} backHref={path()} backLabel={t('back')} />
      <div className="procedures-chips" role="group" aria-label={t('mine.filter')}>
        <Chip label={t('mine.all')} pressed={status === undefined} onClick={() => choose(undefined)} />
        {DOSSIER_STATUSES.map((candidate) => (
          <Chip key={candidate} label={t(`status.${candidate}`)} pressed={status === candidate} onClick={() => choose(candidate)} />
        ))}
      </div>
      <DossierList key={status ?? 'all'} status={status} />
    </div>
  );
}

function Chip({ label, pressed, onClick }: { label: string; pressed: boolean; onClick: () => void }) {
  return (
    <button type="button" className="procedures-chip" aria-pressed={pressed} onClick={onClick}>
      {label}
    </button>
  );
}

/** One status's dossiers, a page at a time ("Xem thêm" follows the cursor). */
function DossierList({ status }: { status: DossierStatus | undefined }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const path = useModulePath();
  const first = useLoad(() => api.myDossiers({ status }), [api, status]);
  const [more, setMore] = useState<{ items: DossierSummary[]; nextCursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);

  if (first.state.status === 'loading') return <Skeleton shape="block" height={200} />;
  if (first.state.status === 'error') return <ErrorState title={t('mine.failed')} onRetry={first.reload} />;
  const items = [...first.state.data.items, ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : first.state.data.nextCursor;
  if (items.length === 0) {
    return <EmptyState icon="document" title={t('mine.empty')} description={t('mine.emptyHint')} action={<Button href={path('catalog')}>{t('mine.find')}</Button>} />;
  }
  const loadMore = async (from: string) => {
    try {
      const page = await api.myDossiers({ status, cursor: from });
      setMore((current) => ({ items: [...(current?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
      setMoreError(null);
    } catch (error) {
      setMoreError(problemMessage(error, t('errors.network')));
    }
  };
  return (
    <>
      <ul className="procedures-list" aria-label={t('mine.title')}>
        {items.map((dossier) => (
          <DossierCard key={dossier.id} dossier={dossier} />
        ))}
      </ul>
      {moreError && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {moreError}
        </p>
      )}
      {cursor && (
        <Button variant="secondary" block onClick={() => void loadMore(cursor)}>
          {t('mine.more')}
        </Button>
      )}
    </>
  );
}
