import { Button, PageHeader, useTranslation } from '@portal/shared-ui';
import { useEffect, useRef } from 'react';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import type { SubmittedDossier } from '../../shared/api-client.js';
import { useModulePath } from '../../shared/base-path.js';
import { formatDate, formatVnd } from '../../shared/format.js';
import { PaymentBox } from '../tracking/payment-box.js';

interface Props {
  submitted: SubmittedDossier;
  /** The dossier as it is now (for paying), once loaded. */
  dossier: DossierDetail | null;
  onChange: (dossier: DossierDetail) => void;
  onOpen: () => void;
}

/** After submitting: the dossier code, the appointment date, the fee and how to pay. */
export function Confirmation({ submitted, dossier, onChange, onOpen }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const path = useModulePath();
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="dossier-page">
      <div ref={heading} tabIndex={-1} role="status">
        <PageHeader title={t('submitted.title')} />
      </div>
      <section className="procedures-section" aria-labelledby="dossier-code-label">
        <h2 id="dossier-code-label" className="procedures-section__title">
          {t('submitted.code')}
        </h2>
        <p className="dossier-confirmation__code" data-testid="dossier-code">
          {submitted.code}
        </p>
        <dl className="procedures-facts">
          <dt>{t('submitted.appointment')}</dt>
          <dd>
            <strong>{formatDate(submitted.appointmentAt)}</strong>
          </dd>
          <dt>{t('submitted.fee')}</dt>
          <dd>{submitted.feeVnd > 0 ? formatVnd(submitted.feeVnd) : t('free')}</dd>
        </dl>
        <p className="procedures-muted">{t('submitted.keepCode')}</p>
      </section>
      {dossier && submitted.feeVnd > 0 && <PaymentBox dossier={dossier} onChange={onChange} />}
      <div className="dossier-editor__actions">
        <Button block onClick={onOpen}>
          {t('submitted.open')}
        </Button>
        <Button variant="secondary" block href={path('dossiers')}>
          {t('submitted.mine')}
        </Button>
      </div>
    </div>
  );
}
