import { useTranslation } from '@portal/shared-ui';
import { DueLabel as SharedDueLabel, dueState } from '@portal/shared-ui/office';
import { OPEN_STATUSES, type ReportStatus } from '../../contract/domain.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useDateFormat } from '../reports/format.js';

/** "còn 2 ngày" / "hạn hôm nay" / "quá hạn 3 ngày" for open reports (the due date as a tooltip); the due date for the others. */
export function DueLabel({ dueAt, status }: { dueAt: string; status: ReportStatus }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const format = useDateFormat();
  const state = OPEN_STATUSES.includes(status) ? dueState(dueAt) : null;
  return <SharedDueLabel state={state} date={t('due.at', { date: format.dateTime(dueAt) })} layout="compact" />;
}
