import { useLanguage, useTranslation } from '@portal/shared-ui';
import { formatCount, formatDays, formatPercent } from '@portal/shared-ui/format';
import type { Stats } from '../../contract/schemas.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';

type Row = Stats['total'] & { id?: string; name?: { vi: string; en: string } };

const COLUMNS = ['received', 'resolved', 'inProgress', 'overdue', 'onTime', 'median', 'satisfaction', 'reopened'] as const;

/** The figures as an accessible table: a caption, column headers, one row header per area or unit. */
export function StatsTable({ stats }: { stats: Stats }) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { language } = useLanguage();
  const none = t('stats.none');
  const cells = (row: Row) => [
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
    <div className="feedback-stats__table-wrap" tabIndex={0} role="region" aria-labelledby="feedback-stats-caption">
      <table className="feedback-stats__table">
        <caption id="feedback-stats-caption">{t('stats.tableCaption', { by: t(`stats.byNoun.${stats.by}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.columns.name')}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {t(`stats.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stats.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name[language]}</th>
              {cells(row).map((cell, index) => (
                <td key={COLUMNS[index]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('stats.total')}</th>
            {cells(stats.total).map((cell, index) => (
              <td key={COLUMNS[index]}>{cell}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
