import { Button, EmptyState, ErrorState, useSession, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { NAMESPACE } from '../i18n/index.js';
import { ApiProblem, useProceduresApi, type SubmittedDossier } from '../shared/api-client.js';
import { PageLoading } from '../shared/page-loading.js';
import { useLoad } from '../shared/use-load.js';
import { Confirmation } from './editor/confirmation.js';
import { DraftEditor } from './editor/draft-editor.js';
import { DossierView } from './tracking/dossier-view.js';
import './editor/editor.css';
import './tracking/tracking.css';

/** /dossiers/:id: the editor while a draft, the confirmation right after submitting, the tracking page after. */
export function DossierPage() {
  const { t } = useTranslation(NAMESPACE);
  const { id = '' } = useParams();
  const session = useSession();
  const api = useProceduresApi();
  const { state, reload, set } = useLoad(() => api.dossier(id), [api, id, session.status]);
  const [submitted, setSubmitted] = useState<SubmittedDossier | null>(null);

  if (session.status === 'anonymous') {
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
  if (submitted) {
    const dossier = state.status === 'ready' && state.data.status !== 'draft' ? state.data : null;
    return <Confirmation submitted={submitted} dossier={dossier} onChange={set} onOpen={() => setSubmitted(null)} />;
  }
  if (state.status === 'loading' || session.status === 'loading') return <PageLoading label={t('loading')} />;
  if (state.status === 'error') {
    const notFound = state.error instanceof ApiProblem && state.error.status === 404;
    return notFound ? (
      <EmptyState headingLevel={1} icon="info" title={t('dossier.notFound')} description={t('dossier.notFoundHint')} />
    ) : (
      <ErrorState headingLevel={1} title={t('dossier.failed')} onRetry={reload} />
    );
  }
  const dossier = state.data;
  if (dossier.status === 'draft' && dossier.can.applicant.includes('edit')) {
    return (
      <DraftEditor
        key={dossier.id}
        initial={dossier}
        onSubmitted={(answer) => {
          setSubmitted(answer);
          reload();
        }}
      />
    );
  }
  return <DossierView dossier={dossier} onChange={set} />;
}
