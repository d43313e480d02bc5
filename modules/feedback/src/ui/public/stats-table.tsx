import { useLanguage, useTranslation } from '@portal/shared-ui';
import { formatCount, formatDays, formatPercent } from '@portal/shared-ui/format';
import { StatsTable as FiguresTable } from '@portal/shared-ui/office';
import type { Stats } from '../../contract/schemas.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';

const COLUMNS = ['name', 'received', 'resolved', 'inProgress', 'overdue', 'onTime', 'median', 'satisfaction', 'reopened'] as const;

/** The figures as an accessible table: a caption, column headers, one row header per area or unit, the totals. */
export function StatsTable({ stats }: { stats: Stats }) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { language } = useLanguage();
  const none = t('stats.none');
  const cells = (row: Stats['total']) => [
    formatCount(row.received, language),
    formatCount(row.resolved, language),
    formatCount(row.inProgress, language),
    formatCount(row.overdue, language),
    formatPercent(row.onTimePercent, language) ?? none,
    formatDays(row.medianDaysToAnswer, language) ?? none,
    formatPercent(row.satisfactionPercent, language) ?? none,
    formatCount(row.reopened, language),
  ];
  return (
    <FiguresTable
      caption={t('stats.tableCaption', { by: t(`stats.byNoun.${stats.by}`) })}
      columns={COLUMNS.map((column) => t(`stats.columns.${column}`))}
      rows={stats.rows.map((row) => ({ key: row.id, name: row.name[language], cells: cells(row) }))}
      total={{ cells: cells(stats.total), name: t('stats.total') }}
    />
  );
}
