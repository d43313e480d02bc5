import { useTranslation } from '@portal/shared-ui';
import { OPEN_STATUSES, type ReportStatus } from '../../contract/domain.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useDateFormat } from '../reports/format.js';
import { dueState } from './due.js';

/** "còn 2 ngày" / "hạn hôm nay" / "quá hạn 3 ngày" for open reports; the due date for the others. */
export function DueLabel({ dueAt, status }: { dueAt: string; status: ReportStatus }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const format = useDateFormat();
  const title = t('due.at', { date: format.dateTime(dueAt) });
  if (!OPEN_STATUSES.includes(status)) return <span className="feedback-due">{title}</span>;
  const state = dueState(dueAt);
  const text =
    state.kind === 'today' ? t('due.today') : t(state.kind === 'left' ? 'due.daysLeft' : 'due.overdue', { count: state.days });
  return (
    <span className={`feedback-due feedback-due--${state.kind}`} title={title}>
      {text}
    </span>
  );
}
