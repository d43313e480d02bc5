import { Button, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import { FINAL_STATUSES } from '../../../contract/domain.js';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { formatDateTime, formatVnd, useLocalized } from '../../shared/format.js';
import { useLoad } from '../../shared/use-load.js';

/**
 * The fee: amount, whether it is paid, and how to pay. While it is due and no way is chosen, the
 * applicant picks a provider (the built-in one: at the counter); an officer confirms the money arrived.
 */
export function PaymentBox({ dossier, onChange }: { dossier: DossierDetail; onChange: (dossier: DossierDetail) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const api = useProceduresApi();
  const { payment } = dossier;
  const mayChoose = payment.status === 'due' && payment.provider === null && dossier.status !== 'draft' && !FINAL_STATUSES.includes(dossier.status);
  const providers = useLoad(() => (mayChoose ? api.paymentProviders() : Promise.resolve([])), [api, mayChoose]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (payment.feeVnd <= 0) return null;

  const choose = async (provider: string) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await api.choosePayment(dossier.id, { provider, version: dossier.version }));
    } catch (failure) {
      setError(t('errors.failed', { message: problemMessage(failure, t('errors.network')) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="procedures-section" aria-labelledby="dossier-payment-heading">
      <h2 id="dossier-payment-heading" className="procedures-section__title">
        {t('payment.heading')}
      </h2>
      <dl className="procedures-facts">
        <dt>{t('payment.amount')}</dt>
        <dd>{formatVnd(payment.feeVnd)}</dd>
        <dt>{t('payment.status')}</dt>
        <dd>{payment.paidAt ? t('payment.paidAt', { date: formatDateTime(payment.paidAt) }) : t(`feeStatus.${payment.status}`)}</dd>
        {payment.reference && (
          <>
            <dt>{t('payment.reference')}</dt>
            <dd>{payment.reference}</dd>
          </>
        )}
      </dl>
      {payment.instructions && (
        <div>
          <h3 className="dossier-summary__section">{t('payment.instructions')}</h3>
          <p>{localized(payment.instructions)}</p>
        </div>
      )}
      {mayChoose && providers.state.status === 'ready' && providers.state.data.length > 0 && (
        <div className="procedures-actions" role="group" aria-label={t('payment.choose')}>
          {providers.state.data.map((provider) => (
            <Button key={provider.id} variant="secondary" disabled={busy} onClick={() => void choose(provider.id)}>
              {localized(provider.name)}
            </Button>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
    </section>
  );
}
