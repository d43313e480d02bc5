import { useLanguage } from '@portal/shared-ui';
import { formatCount, formatPercent } from '@portal/shared-ui/format';
import { StatsCards as FiguresCards, StatsTable as FiguresTable, type StatsViewProps } from '@portal/shared-ui/office';
import type { Stats } from '../../contract/schemas.js';
import { usePublicTexts } from '../office/use-texts.js';
import { useLocalized } from '../shared/format.js';

type Figures = Stats['total'];
const COLUMNS = ['agency', 'received', 'inProcess', 'early', 'onTime', 'late', 'onTimePercent'] as const;

/** The statistics as shared-ui's table/cards want them: column headers, a row per agency with its figures, the totals. */
function useFigures(stats: Stats): StatsViewProps {
  const { t } = usePublicTexts();
  const { language } = useLanguage();
  const localized = useLocalized();
  const cells = (row: Figures) => [
    formatCount(row.received, language),
    formatCount(row.inProcess, language),
    formatCount(row.early, language),
    formatCount(row.onTime, language),
    formatCount(row.late, language),
    formatPercent(row.onTimePercent, language) ?? t('stats.none'),
  ];
  // Cards say how many open dossiers are already late (the table has no room for it).
  const note = (row: Figures) =>
    row.overdueInProcess > 0 && <p className="procedures-field__error">{t('stats.overdueInProcess', { count: row.overdueInProcess })}</p>;
  return {
    columns: COLUMNS.map((column) => t(`stats.columns.${column}`)),
    rows: stats.agencies.map((row) => ({ key: row.agency.id, name: localized(row.agency.name), cells: cells(row), note: note(row) })),
    total: { name: t('stats.total'), cells: cells(stats.total), note: note(stats.total) },
  };
}

/** Wide screens: an accessible table with a caption, column headers, a row header per agency and the totals. */
export function StatsTable({ stats, caption }: { stats: Stats; caption: string }) {
  return <FiguresTable caption={caption} {...useFigures(stats)} />;
}

/** Narrow screens (360 px): one card per agency, then the totals, each a list of labelled figures. */
export function StatsCards({ stats }: { stats: Stats }) {
  return <FiguresCards {...useFigures(stats)} />;
}
