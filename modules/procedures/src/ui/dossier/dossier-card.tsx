import { SmartLink, useTranslation } from '@portal/shared-ui';
import type { DossierSummary } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { useModulePath } from '../shared/base-path.js';
import { formatDate, useLocalized } from '../shared/format.js';
import { OverdueBadge, StatusBadge } from '../shared/status-badge.js';

/** One of my dossiers: procedure, code, status and the appointment; the whole card opens it. */
export function DossierCard({ dossier }: { dossier: DossierSummary }) {
  const { t } = useTranslation(NAMESPACE);
  const path = useModulePath();
  const localized = useLocalized();
  return (
    <li className="procedures-card">
      <SmartLink href={path(`dossiers/${dossier.id}`)} className="procedures-card__link">
        <span className="procedures-card__title">{localized(dossier.procedure.name)}</span>
        <span className="procedures-card__meta">
          <span>{dossier.code ?? t('dossier.noCode')}</span>
          <span>{localized(dossier.agency.name)}</span>
        </span>
        <span className="procedures-card__badges">
          <StatusBadge status={dossier.status} />
          {dossier.overdue && <OverdueBadge />}
        </span>
        <span className="procedures-card__meta">
          {dossier.appointmentAt ? t('mine.appointment', { date: formatDate(dossier.appointmentAt) }) : t('mine.updatedAt', { date: formatDate(dossier.updatedAt) })}
          {dossier.orgName && <span>{dossier.orgName}</span>}
        </span>
      </SmartLink>
    </li>
  );
}
