import { ErrorState, PageHeader, useTranslation } from '@portal/shared-ui';
import { useParams } from 'react-router';
import type { ProcedureDetail } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { ApiProblem, useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { formatVnd, useLocalized } from '../shared/format.js';
import { PageLoading } from '../shared/page-loading.js';
import { OnlineLevelBadge } from '../shared/status-badge.js';
import { useLoad } from '../shared/use-load.js';
import { ApplyButton } from './apply-button.js';
import { RequiredDocuments } from './required-documents.js';
import './catalog.css';

/** One procedure: what it is, who handles it, how long, how much, what to bring; and the way to apply. */
export function ProcedurePage() {
  const { t } = useTranslation(NAMESPACE);
  const { procedureId = '' } = useParams();
  const api = useProceduresApi();
  const path = useModulePath();
  const { state, reload } = useLoad(() => api.procedure(procedureId), [api, procedureId]);

  if (state.status === 'loading') return <PageLoading label={t('loading')} />;
  if (state.status === 'error') {
    const notFound = state.error instanceof ApiProblem && state.error.status === 404;
    return (
      <ErrorState
        headingLevel={1}
        title={notFound ? t('procedure.notFound') : t('procedure.failed')}
        description={notFound ? ' ' : undefined}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  return <ProcedureView procedure={state.data} backHref={path('catalog')} />;
}

function ProcedureView({ procedure, backHref }: { procedure: ProcedureDetail; backHref: string }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const agency = procedure.agencyDetail;
  return (
    <div className="procedures-procedure">
      <PageHeader title={localized(procedure.name)} subtitle={localized(procedure.field.name)} backHref={backHref} backLabel={t('back')} />
      <ApplyButton procedure={procedure} />
      <section className="procedures-section" aria-labelledby="procedure-summary">
        <h2 id="procedure-summary" className="procedures-section__title">
          {t('procedure.summary')}
        </h2>
        <p className="procedures-muted">{localized(procedure.summary)}</p>
        <dl className="procedures-facts">
          <dt>{t('procedure.code')}</dt>
          <dd>{procedure.code}</dd>
          <dt>{t('procedure.level')}</dt>
          <dd>{t(`level.${procedure.level}`)}</dd>
          <dt>{t('procedure.processingTime')}</dt>
          <dd>{t('workingDays', { count: procedure.processingDays })}</dd>
          <dt>{t('procedure.fee')}</dt>
          <dd>
            {procedure.feeVnd > 0 ? formatVnd(procedure.feeVnd) : t('free')}
            {procedure.feeNote && <span className="procedures-muted"> — {localized(procedure.feeNote)}</span>}
          </dd>
          <dt>{t('procedure.applicants')}</dt>
          <dd>{procedure.applicantTypes.map((type) => t(`applicantType.${type}`)).join(', ')}</dd>
          <dt>{t('procedure.onlineLevel')}</dt>
          <dd>
            <OnlineLevelBadge level={procedure.onlineLevel} /> <span className="procedures-muted">{t(`onlineLevelHint.${procedure.onlineLevel}`)}</span>
          </dd>
          <dt>{t('procedure.result')}</dt>
          <dd>
            {localized(procedure.resultName)} — {t(`procedure.delivery.${procedure.resultDelivery}`)}
          </dd>
        </dl>
      </section>
      <section className="procedures-section" aria-labelledby="procedure-agency">
        <h2 id="procedure-agency" className="procedures-section__title">
          {t('procedure.agency')}
        </h2>
        <p>{localized(agency.name)}</p>
        <dl className="procedures-facts">
          <dt>{t('procedure.address')}</dt>
          <dd>{agency.address}</dd>
          <dt>{t('procedure.hours')}</dt>
          <dd>{localized(agency.hours)}</dd>
          <dt>{t('procedure.phone')}</dt>
          <dd>
            <a href={`tel:${agency.phone.replace(/[^\d+]/g, '')}`}>{agency.phone}</a>
          </dd>
        </dl>
      </section>
      <RequiredDocuments procedure={procedure} />
      {procedure.legalBasis.length > 0 && (
        <section className="procedures-section" aria-labelledby="procedure-legal">
          <h2 id="procedure-legal" className="procedures-section__title">
            {t('procedure.legalBasis')}
          </h2>
          <ul>
            {procedure.legalBasis.map((basis, index) => (
              <li key={index}>{localized(basis)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
