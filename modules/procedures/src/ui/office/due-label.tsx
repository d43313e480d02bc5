import { DueLabel as SharedDueLabel } from '@portal/shared-ui/office';
import type { DossierStatus } from '../../contract/domain.js';
import { formatDate } from '../shared/format.js';
import { dueState } from './due.js';
import { useOfficeTexts } from './use-texts.js';

/** "Hẹn trả 02/12/2026 · còn 2 ngày" / "quá hạn 3 ngày" / "tạm dừng tính hạn"; the date only once finished. */
export function DueLabel({ status, appointmentAt }: { status: DossierStatus; appointmentAt: string | null }) {
  const { t } = useOfficeTexts();
  if (!appointmentAt) return <span className="portal-due">{t('due.none')}</span>;
  const state = dueState(status, appointmentAt);
  return <SharedDueLabel state={state.kind === 'none' ? null : state} date={t('due.at', { date: formatDate(appointmentAt) })} />;
}
