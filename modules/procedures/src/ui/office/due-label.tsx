import type { DossierStatus } from '../../contract/domain.js';
import { formatDate } from '../shared/format.js';
import { dueState } from './due.js';
import { useOfficeTexts } from './use-texts.js';

/** "Hẹn trả 02/12/2026 · còn 2 ngày" / "quá hạn 3 ngày" / "tạm dừng tính hạn"; the date only once finished. */
export function DueLabel({ status, appointmentAt }: { status: DossierStatus; appointmentAt: string | null }) {
  const { t } = useOfficeTexts();
  if (!appointmentAt) return <span className="procedures-due">{t('due.none')}</span>;
  const date = t('due.at', { date: formatDate(appointmentAt) });
  const state = dueState(status, appointmentAt);
  const standing =
    state.kind === 'left'
      ? t('due.daysLeft', { count: state.days })
      : state.kind === 'overdue'
        ? t('due.overdue', { count: state.days })
        : state.kind === 'today'
          ? t('due.today')
          : state.kind === 'paused'
            ? t('due.paused')
            : null;
  return (
    <span className={`procedures-due procedures-due--${state.kind}`}>
      {date}
      {standing && <strong> · {standing}</strong>}
    </span>
  );
}
