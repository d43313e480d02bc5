import { useTranslation } from '@portal/shared-ui';
import type { DossierStatus, OnlineLevel } from '../../contract/domain.js';
import { NAMESPACE } from '../i18n/index.js';
import './shared.css';

/** The dossier's status as a coloured pill; the colour is a hint only, the text says it all. */
export function StatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation(NAMESPACE);
  return <span className={`procedures-badge procedures-badge--${status}`}>{t(`status.${status}`)}</span>;
}

/** "Quá hạn": the appointment passed and the agency still owes the result. */
export function OverdueBadge() {
  const { t } = useTranslation(NAMESPACE);
  return <span className="procedures-badge procedures-badge--overdue">{t('overdue')}</span>;
}

/** "Toàn trình" / "Một phần", with what it means as a tooltip and for screen readers. */
export function OnlineLevelBadge({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation(NAMESPACE);
  return (
    <span className={`procedures-badge procedures-badge--online-${level}`} title={t(`onlineLevelHint.${level}`)}>
      {t(`onlineLevel.${level}`)}
    </span>
  );
}

/** The label of a status, for places that need the text without the pill (selects, chips). */
export function useStatusLabel(): (status: DossierStatus) => string {
  const { t } = useTranslation(NAMESPACE);
  return (status) => t(`status.${status}`);
}
