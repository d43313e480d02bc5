import { Button, EmptyState, ErrorState, PageHeader, Skeleton, useSession, useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Category, CreatedReport } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import { queueStore, removeQueued } from '../offline/outbox.js';
import { fromQueuedPhotos } from '../offline/queue-store.js';
import { useModulePath } from '../reports/base-path.js';
import { Confirmation, QueuedConfirmation } from './confirmation.js';
import { ReportForm, type ReportDraft } from './report-form.js';
import './form.css';

type Outcome = { kind: 'created'; created: CreatedReport } | { kind: 'queued' } | null;

/** `new`: the report form for signed-in citizens and businesses; `?draft=<key>` edits a queued report. */
export function ReportFormPage() {
  const { t } = useTranslation(NAMESPACE);
  const session = useSession();
  const path = useModulePath();

  if (session.status === 'loading') return <Loading label={t('loading')} />;
  if (session.status !== 'authenticated' || !session.user) {
    return (
      <EmptyState
        headingLevel={1}
        icon="user"
        title={t('signIn.title')}
        description={t('signIn.hint')}
        action={<Button onClick={() => void session.signIn()}>{t('signIn.action')}</Button>}
      />
    );
  }
  if (!session.user.roles.some((role) => role === 'citizen' || role === 'business')) {
    return <EmptyState headingLevel={1} icon="info" title={t('form.title')} description={t('signIn.notAllowed')} action={<Button href={path()}>{t('detail.back')}</Button>} />;
  }
  return <SignedInForm ownerSub={session.user.sub} />;
}

function SignedInForm({ ownerSub }: { ownerSub: string }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const path = useModulePath();
  const [searchParams, setSearchParams] = useSearchParams();
  const draftId = searchParams.get('draft');
  const [categories, setCategories] = useState<Category[] | 'failed' | null>(null);
  const [draft, setDraft] = useState<ReportDraft | undefined | 'loading'>(draftId ? 'loading' : undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [attempt, setAttempt] = useState(0);
  // A new key for the form each time it starts over ("Gửi phản ánh khác").
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setCategories(null);
    api.categories().then(
      (result) => !cancelled && setCategories(result.items),
      () => !cancelled && setCategories('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  useEffect(() => {
    if (!draftId) return setDraft(undefined);
    let cancelled = false;
    queueStore.get(draftId).then(
      (item) => !cancelled && setDraft(item && item.ownerSub === ownerSub ? { report: item.report, photos: fromQueuedPhotos(item.photos) } : undefined),
      () => !cancelled && setDraft(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [draftId, ownerSub]);

  // The edited queue item is replaced by what the form sends or queues (under a new key).
  const finish = (next: Outcome) => {
    if (draftId) void removeQueued(draftId);
    setOutcome(next);
    window.scrollTo?.({ top: 0 });
  };

  const startOver = () => {
    setOutcome(null);
    setFormKey((n) => n + 1);
    if (draftId) setSearchParams({});
  };

  if (outcome?.kind === 'created') return <Confirmation created={outcome.created} onAnother={startOver} />;
  if (outcome?.kind === 'queued') return <QueuedConfirmation onAnother={startOver} />;

  return (
    <>
      <PageHeader title={t('form.title')} backHref={path()} />
      {categories === 'failed' ? (
        <ErrorState title={t('form.categoriesFailed')} onRetry={() => setAttempt((n) => n + 1)} />
      ) : categories === null || draft === 'loading' ? (
        <Loading label={t('loading')} />
      ) : (
        <ReportForm
          key={`${formKey}-${draftId ?? ''}`}
          categories={categories}
          ownerSub={ownerSub}
          draft={draft}
          onCreated={(created) => finish({ kind: 'created', created })}
          onQueued={() => finish({ kind: 'queued' })}
        />
      )}
    </>
  );
}

function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="feedback-section">
      <span className="portal-visually-hidden">{label}</span>
      <Skeleton shape="block" height={120} />
      <Skeleton shape="block" height={160} />
    </div>
  );
}
