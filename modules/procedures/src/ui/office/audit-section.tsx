import { AuditTrail } from '@portal/shared-ui/office';
import { useProceduresApi } from '../shared/api-client.js';
import { formatDateTime } from '../shared/format.js';
import { useOfficeTexts } from './use-texts.js';

/** The audit trail of a dossier, collapsed until opened; fetched again when the dossier changes. */
export function AuditSection({ dossierId, version }: { dossierId: string; version: number }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const load = async () =>
    (await api.audit(dossierId)).map((entry) => ({
      ...entry,
      // Officers' actions are named under `actions`, the applicant's own steps under `audit.applicantActions`.
      action: t(`actions.${entry.action}`, { defaultValue: t(`audit.applicantActions.${entry.action}`, { defaultValue: entry.action }) }),
      actor: [entry.actorName, entry.actorUnitId && `(${t('audit.unit', { unit: entry.actorUnitId })})`].filter(Boolean).join(' ') || null,
    }));
  return <AuditTrail className="procedures-section" load={load} version={`${dossierId}@${version}`} formatTime={formatDateTime} />;
}
