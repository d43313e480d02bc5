import { useTranslation } from '@portal/shared-ui';
import { AuditTrail } from '@portal/shared-ui/office';
import { useFeedbackApi } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useDateFormat } from '../reports/format.js';

/** The unit lead's audit trail of a report, collapsed until opened; fetched again when the report changes. */
export function AuditSection({ code, version }: { code: string; version: number }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const api = useFeedbackApi();
  const format = useDateFormat();
  const load = async () =>
    (await api.audit(code)).items.map((entry) => ({
      ...entry,
      action: t(`actions.${entry.action}`, { defaultValue: entry.action }),
      actor: entry.actorName ?? entry.actorSub,
    }));
  return <AuditTrail className="portal-card" load={load} version={`${code}@${version}`} formatTime={format.dateTime} />;
}
