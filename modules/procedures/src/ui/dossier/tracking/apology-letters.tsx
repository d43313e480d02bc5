import { useTranslation } from '@portal/shared-ui';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { formatDate, formatDateTime, useLocalized } from '../../shared/format.js';

/** Thư xin lỗi: the agency's apology for a late result, with the new appointment. */
export function ApologyLetters({ letters }: { letters: DossierDetail['apologyLetters'] }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  if (letters.length === 0) return null;
  return (
    <section className="procedures-section" aria-labelledby="dossier-apology-heading">
      <h2 id="dossier-apology-heading" className="procedures-section__title">
        {t('apology.heading')}
      </h2>
      {letters.map((letter) => (
        <article key={letter.id} className="dossier-apology">
          <p>{t('apology.intro', { agency: localized(letter.agencyName) })}</p>
          <dl className="procedures-facts">
            <dt>{t('apology.previous')}</dt>
            <dd>{formatDate(letter.previousAppointmentAt)}</dd>
            <dt>{t('apology.next')}</dt>
            <dd>
              <strong>{formatDate(letter.newAppointmentAt)}</strong>
            </dd>
            <dt>{t('apology.reason')}</dt>
            <dd>{letter.reason}</dd>
          </dl>
          <p className="procedures-muted">
            {t('apology.issuedAt', { date: formatDateTime(letter.issuedAt) })}
            {letter.issuedByName && ` · ${letter.issuedByName}`}
          </p>
        </article>
      ))}
    </section>
  );
}
