import { PageHeader, useTranslation } from '@portal/shared-ui';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { useModulePath } from '../../shared/base-path.js';
import { formatDate, formatDateTime, useLocalized } from '../../shared/format.js';
import { OverdueBadge, StatusBadge } from '../../shared/status-badge.js';
import { Timeline } from '../../shared/timeline.js';
import { ApologyLetters } from './apology-letters.js';
import { AttachedFiles } from './attached-files.js';
import { FormSummary } from './form-summary.js';
import { PaymentBox } from './payment-box.js';
import { ResultBox } from './result-box.js';
import { SupplementBox } from './supplement-box.js';
import { WithdrawButton } from './withdraw-button.js';

const REASON_STATUSES = ['refused', 'denied', 'withdrawn'] as const;

/** A submitted dossier as its applicant follows it: state, dates, what is asked of them, result, history. */
export function DossierView({ dossier, onChange }: { dossier: DossierDetail; onChange: (dossier: DossierDetail) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const path = useModulePath();
  const reasonStatus = REASON_STATUSES.find((status) => status === dossier.status);
  return (
    <div className="dossier-page">
      <PageHeader title={dossier.code ?? t('dossier.noCode')} subtitle={localized(dossier.procedure.name)} backHref={path('dossiers')} backLabel={t('back')} />
      <section className="procedures-section" aria-label={t('dossier.code')}>
        <p className="procedures-card__badges">
          <StatusBadge status={dossier.status} />
          {dossier.overdue && <OverdueBadge />}
        </p>
        <dl className="procedures-facts">
          <dt>{t('dossier.code')}</dt>
          <dd className={dossier.code ? 'procedures-code' : undefined}>{dossier.code ?? t('dossier.noCode')}</dd>
          <dt>{t('dossier.agency')}</dt>
          <dd>{localized(dossier.agency.name)}</dd>
          <dt>{t('dossier.applicant')}</dt>
          <dd>{dossier.applicantName}</dd>
          {dossier.orgName && (
            <>
              <dt>{t('dossier.org')}</dt>
              <dd>{dossier.orgName}</dd>
            </>
          )}
          {dossier.submittedAt && (
            <>
              <dt>{t('dossier.submittedAt')}</dt>
              <dd>{formatDateTime(dossier.submittedAt)}</dd>
            </>
          )}
          {dossier.receivedAt && (
            <>
              <dt>{t('dossier.receivedAt')}</dt>
              <dd>{formatDateTime(dossier.receivedAt)}</dd>
            </>
          )}
          {dossier.appointmentAt && (
            <>
              <dt>{t('dossier.appointment')}</dt>
              <dd>
                <strong>{formatDate(dossier.appointmentAt)}</strong>
              </dd>
            </>
          )}
        </dl>
        {dossier.pausedAt && <p className="procedures-alert procedures-alert--info">{t('dossier.paused', { date: formatDate(dossier.pausedAt) })}</p>}
        {reasonStatus && dossier.reason && (
          <div>
            <h3 className="dossier-summary__section">{t(`dossier.reason.${reasonStatus}`)}</h3>
            <p className="procedures-timeline__text">{dossier.reason}</p>
          </div>
        )}
      </section>
      <SupplementBox dossier={dossier} onChange={onChange} />
      <ResultBox dossier={dossier} />
      <PaymentBox dossier={dossier} onChange={onChange} />
      <ApologyLetters letters={dossier.apologyLetters} />
      <Timeline entries={dossier.timeline} />
      <AttachedFiles dossier={dossier} />
      <FormSummary dossier={dossier} />
      <WithdrawButton dossier={dossier} onChange={onChange} />
    </div>
  );
}
