import { useTranslation } from '@portal/shared-ui';
import type { ReportStatus } from '../../contract/domain.js';
import { NAMESPACE } from '../i18n.js';
import './reports.css';

/** The report's status as a coloured pill; the colour is a hint only, the text says it all. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation(NAMESPACE);
  return <span className={`feedback-badge feedback-badge--${status}`}>{t(`status.${status}`)}</span>;
}

/** "Quá hạn": the deadline passed and the report is still open. */
export function OverdueBadge() {
  const { t } = useTranslation(NAMESPACE);
  return <span className="feedback-badge feedback-badge--overdue">{t('overdue')}</span>;
}

/** "Riêng tư": only the reporter and the handling unit see the report. */
export function PrivateBadge() {
  const { t } = useTranslation(NAMESPACE);
  return (
    <span className="feedback-badge feedback-badge--private" title={t('privateHint')}>
      {t('private')}
    </span>
  );
}
