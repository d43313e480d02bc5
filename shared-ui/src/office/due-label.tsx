import { useTranslation } from '@portal/shared-ui';
import type { DueState } from './due.js';
import { OFFICE_KIT_NAMESPACE } from './strings.js';

export interface DueLabelProps {
  /** How the deadline stands (see `dueState`), `paused` while the clock stops, null when none runs (finished). */
  state: DueState | { kind: 'paused' } | null;
  /** The deadline in the module's words, e.g. "Hạn 02/12/2026" / "Hẹn trả 02/12/2026". */
  date: string;
  /** `inline`: "date · standing"; `compact` (tight rows): the standing alone, the date as its tooltip. */
  layout?: 'inline' | 'compact';
}

/** "Hẹn trả 02/12/2026 · còn 2 ngày" / "quá hạn 3 ngày" / "tạm dừng tính hạn"; the date alone when no clock runs. */
export function DueLabel({ state, date, layout = 'inline' }: DueLabelProps) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  if (!state) return <span className="portal-due">{date}</span>;
  const standing =
    state.kind === 'left' || state.kind === 'overdue' ? t(state.kind === 'left' ? 'due.daysLeft' : 'due.overdue', { count: state.days }) : t(`due.${state.kind}`);
  const text = <strong className="portal-due__standing">{standing}</strong>;
  if (layout === 'compact') {
    return (
      <span className={`portal-due portal-due--${state.kind}`} title={date}>
        {text}
      </span>
    );
  }
  return (
    <span className={`portal-due portal-due--${state.kind}`}>
      {date} · {text}
    </span>
  );
}
