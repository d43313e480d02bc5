import { InboxCard } from '@portal/shared-ui/office';
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
  const badges = (
    <span className="procedures-inbox__badges">
      <StatusBadge status={dossier.status} />
      {dossier.overdue && <OverdueBadge />}
    </span>
  );
  return (
    <InboxCard href={modulePath(`office/dossiers/${dossier.id}`)} code={dossier.code ?? t('inbox.noCode')} aside={badges} title={localized(dossier.procedure.name)}>
      <span>{t('inbox.applicant', { name: applicant })}</span>
      <DueLabel status={dossier.status} appointmentAt={dossier.appointmentAt} />
      {dossier.handlerName && <span className="procedures-muted">{t('inbox.handler', { name: dossier.handlerName })}</span>}
    </InboxCard>
  );
}
