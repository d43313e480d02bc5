import { Button, EmptyState, ErrorState, PageHeader, useSession } from '@portal/shared-ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { OFFICER_ACTIONS, type OfficerAction } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { ApiProblem, useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { PageLoading } from '../shared/page-loading.js';
import { OverdueBadge, StatusBadge } from '../shared/status-badge.js';
import { Timeline } from '../shared/timeline.js';
import { useLoad } from '../shared/use-load.js';
import { ActionForm, type ActionConflict } from './action-form.js';
import { AuditSection } from './audit-section.js';
import { DossierFacts, FormValuesSection } from './dossier-facts.js';
import { AttachmentsSection, SupplementsSection } from './dossier-files.js';
import { ApologiesSection, PaymentSection, ResultSection } from './dossier-outcome.js';
import { DueLabel } from './due-label.js';
import { OnlyOfficers } from './only-officers.js';
import { canReadOffice } from './officer.js';
import { useOfficeTexts } from './use-texts.js';
import '../shared/shared.css';
import './office.css';

type Notice = { kind: 'success' | 'warning'; text: string; reload?: boolean } | null;

/** One dossier as the handling agency sees it: everything it holds, the allowed actions, the audit trail. */
export function OfficeDossierPage() {
  const session = useSession();
  const { t } = useOfficeTexts();
  const { id = '' } = useParams();
  if (session.status === 'loading') return <PageLoading label={t('dossier.loading')} />;
  if (!canReadOffice(session.user)) return <OnlyOfficers />;
  return <OfficeDossier id={id} />;
}

function OfficeDossier({ id }: { id: string }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  const { state, reload, set } = useLoad(() => api.dossier(id), [id]);
  const [action, setAction] = useState<OfficerAction | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const onDone = (dossier: DossierDetail) => {
    setAction(null);
    set(dossier);
    setNotice({ kind: 'success', text: t('dossier.done') });
  };
  // Nothing was saved: say why rather than failing silently. A stale version asks the officer to reload
  // (what they typed is judged against the newest state); an illegal action names what is possible now.
  const onConflict = (conflict: ActionConflict) => {
    const tried = action;
    setAction(null);
    if (conflict.kind === 'stale') {
      setNotice({ kind: 'warning', text: t('dossier.stale'), reload: true });
      return;
    }
    const allowed = conflict.allowed.map((name) => t(`actions.${name}`, { defaultValue: name })).join(', ') || t('dossier.illegalNone');
    setNotice({ kind: 'warning', text: t('dossier.illegal', { action: tried ? t(`actions.${tried}`) : '', allowed }) });
    reload();
  };

  if (state.status === 'loading') return <PageLoading label={t('dossier.loading')} />;
  if (state.status === 'error') {
    const notFound = state.error instanceof ApiProblem && state.error.status === 404;
    return notFound ? (
      <EmptyState headingLevel={1} title={t('dossier.notFoundTitle')} description={t('dossier.notFoundHint')} />
    ) : (
      <ErrorState headingLevel={1} title={t('dossier.errorTitle')} onRetry={reload} />
    );
  }
  const dossier = state.data;
  return (
    <div className="procedures-page procedures-office">
      <PageHeader
        title={dossier.code ?? t('dossier.draftTitle')}
        subtitle={<StatusLine dossier={dossier} />}
        backHref={modulePath('office')}
        backLabel={t('dossier.back')}
      />
      {notice && (
        <div role="status" className={`procedures-alert procedures-alert--${notice.kind === 'success' ? 'success' : 'error'}`}>
          <p className="procedures-office__notice">{notice.text}</p>
          {notice.reload && (
            <Button
              variant="secondary"
              icon="refresh"
              onClick={() => {
                setNotice(null);
                reload();
              }}
            >
              {t('dossier.reload')}
            </Button>
          )}
        </div>
      )}
      <Actions dossier={dossier} onChoose={setAction} />
      <DossierFacts dossier={dossier} />
      <FormValuesSection dossier={dossier} />
      <AttachmentsSection dossier={dossier} />
      <SupplementsSection dossier={dossier} />
      <PaymentSection dossier={dossier} />
      <ApologiesSection dossier={dossier} />
      <ResultSection dossier={dossier} />
      <Timeline entries={dossier.timeline} />
      <AuditSection dossierId={dossier.id} version={dossier.version} />
      {action && <ActionForm action={action} dossier={dossier} onDone={onDone} onConflict={onConflict} onClose={() => setAction(null)} />}
    </div>
  );
}

function StatusLine({ dossier }: { dossier: DossierDetail }) {
  return (
    <span className="procedures-inbox__badges">
      <StatusBadge status={dossier.status} />
      {dossier.overdue && <OverdueBadge />}
      <DueLabel status={dossier.status} appointmentAt={dossier.appointmentAt} />
    </span>
  );
}

function Actions({ dossier, onChoose }: { dossier: DossierDetail; onChoose: (action: OfficerAction) => void }) {
  const { t } = useOfficeTexts();
  // Exactly what the API says is possible now, in the usual order of handling.
  const allowed = OFFICER_ACTIONS.filter((action) => dossier.can.office.includes(action));
  return (
    <section className="procedures-section" aria-labelledby="procedures-office-actions">
      <h2 id="procedures-office-actions" className="procedures-section__title">
        {t('dossier.actions')}
      </h2>
      {allowed.length === 0 ? (
        <p className="procedures-muted">{t('dossier.noActions')}</p>
      ) : (
        <div className="procedures-actions">
          {allowed.map((action) => (
            <Button
              key={action}
              variant={action === 'refuse' || action === 'deny' ? 'danger' : action === allowed[0] ? 'primary' : 'secondary'}
              aria-haspopup="dialog"
              onClick={() => onChoose(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
