import { SmartLink } from '@portal/shared-ui';
import type { DossierSummary } from '../../contract/schemas.js';
import { useModulePath } from '../shared/base-path.js';
import { useLocalized } from '../shared/format.js';
import { OverdueBadge, StatusBadge } from '../shared/status-badge.js';
import { DueLabel } from './due-label.js';
import { useOfficeTexts } from './use-texts.js';

/** One row of the desk inbox: code, procedure, applicant, appointment and how it stands, status. */
export function InboxItem({ dossier }: { dossier: DossierSummary }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const modulePath = useModulePath();
  // A business applies through its representative: the enterprise is what the desk knows it by.
  const applicant = dossier.orgName ? `${dossier.orgName} (${dossier.applicantName})` : dossier.applicantName;
  return (
    <li className="procedures-inbox__item">
      <SmartLink href={modulePath(`office/dossiers/${dossier.id}`)} className="procedures-inbox__link">
        <span className="procedures-inbox__top">
          <span className="procedures-inbox__code">{dossier.code ?? t('inbox.noCode')}</span>
          <span className="procedures-inbox__badges">
            <StatusBadge status={dossier.status} />
            {dossier.overdue && <OverdueBadge />}
          </span>
        </span>
        <span className="procedures-inbox__title">{localized(dossier.procedure.name)}</span>
        <span>{t('inbox.applicant', { name: applicant })}</span>
        <DueLabel status={dossier.status} appointmentAt={dossier.appointmentAt} />
        {dossier.handlerName && <span className="procedures-muted">{t('inbox.handler', { name: dossier.handlerName })}</span>}
      </SmartLink>
    </li>
  );
}
