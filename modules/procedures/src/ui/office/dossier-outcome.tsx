import { SmartLink } from '@portal/shared-ui';
import type { DossierDetail } from '../../contract/schemas.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { formatDate, formatDateTime, formatVnd, useLocalized } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';
import { Facts, Section } from './dossier-facts.js';
import { DownloadButton } from './download-button.js';
import { useOfficeTexts } from './use-texts.js';

/** The fee: amount, paid or not, how the applicant chose to pay, the receipt once confirmed. */
export function PaymentSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const api = useProceduresApi();
  const providers = useLoad(() => api.paymentProviders(), []).state;
  const { payment } = dossier;
  const providerName = (id: string) => {
    const provider = providers.status === 'ready' ? providers.data.find((candidate) => candidate.id === id) : undefined;
    return provider ? localized(provider.name) : id;
  };
  if (payment.feeVnd === 0) {
    return (
      <Section id="procedures-office-payment" title={t('payment.title')}>
        <p className="procedures-muted">{t('payment.free')}</p>
      </Section>
    );
  }
  const facts: [string, string][] = [
    [t('payment.fee'), formatVnd(payment.feeVnd)],
    [t('payment.status'), t(`payment.statuses.${payment.status}`)],
    [t('payment.provider'), payment.provider ? providerName(payment.provider) : t('payment.noProvider')],
  ];
  if (payment.reference) facts.push([t('payment.reference'), payment.reference]);
  if (payment.paidAt) facts.push([t('payment.paidAt'), formatDateTime(payment.paidAt)]);
  return (
    <Section id="procedures-office-payment" title={t('payment.title')}>
      <Facts facts={facts} />
      {payment.instructions && <p className="procedures-muted">{localized(payment.instructions)}</p>}
    </Section>
  );
}

/** Apology letters the agency sent for being late, each with the old and the new date. */
export function ApologiesSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  if (dossier.apologyLetters.length === 0) return null;
  return (
    <Section id="procedures-office-apologies" title={t('apologies.title')}>
      <ol className="procedures-office__requests">
        {dossier.apologyLetters.map((letter) => (
          <li key={letter.id}>
            <p className="procedures-muted">
              {t('apologies.issued', { date: formatDateTime(letter.issuedAt) })} · {letter.issuedByName ?? localized(letter.agencyName)}
            </p>
            <p className="procedures-office__text">{letter.reason}</p>
            <Facts
              facts={[
                [t('apologies.previous'), formatDate(letter.previousAppointmentAt)],
                [t('apologies.next'), formatDate(letter.newAppointmentAt)],
              ]}
            />
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** The issued result: its verification code (linked to the public check), the PDF, and when it was handed over. */
export function ResultSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const modulePath = useModulePath();
  const { result } = dossier;
  if (!result) return null;
  return (
    <Section id="procedures-office-result" title={t('result.title')}>
      <Facts
        facts={[
          [t('result.issuedAt'), formatDateTime(result.issuedAt)],
          [
            t('result.verificationCode'),
            <SmartLink key="code" href={modulePath(`verify/${result.verificationCode}`)} className="procedures-office__code">
              {result.verificationCode}
            </SmartLink>,
          ],
          [t('result.returnedAt'), result.returnedAt ? formatDateTime(result.returnedAt) : t('result.notReturned')],
        ]}
      />
      {result.url ? (
        <DownloadButton url={result.url} fileName={`ket-qua-${dossier.code ?? dossier.id}.pdf`} label={t('result.download')} primary />
      ) : (
        <p className="procedures-muted">{t('result.counterOnly')}</p>
      )}
    </Section>
  );
}
