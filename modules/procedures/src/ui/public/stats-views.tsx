import { useLanguage } from '@portal/shared-ui';
import { formatCount, formatPercent } from '@portal/shared-ui/format';
import type { Stats } from '../../contract/schemas.js';
import { Facts } from '../office/dossier-facts.js';
import { usePublicTexts } from '../office/use-texts.js';
import { useLocalized } from '../shared/format.js';

type Figures = Stats['total'];
const COLUMNS = ['received', 'inProcess', 'early', 'onTime', 'late', 'onTimePercent'] as const;

/** The figures of one row in column order, formatted for the visitor's language. */
function useCells(): (row: Figures) => string[] {
  const { t } = usePublicTexts();
  const { language } = useLanguage();
  return (row) => [
    formatCount(row.received, language),
    formatCount(row.inProcess, language),
    formatCount(row.early, language),
    formatCount(row.onTime, language),
    formatCount(row.late, language),
    formatPercent(row.onTimePercent, language) ?? t('stats.none'),
  ];
}

/** Wide screens: an accessible table with a caption, column headers, a row header per agency and the totals. */
export function StatsTable({ stats, caption }: { stats: Stats; caption: string }) {
  const { t } = usePublicTexts();
  const localized = useLocalized();
  const cells = useCells();
  return (
    <div className="procedures-stats__table-wrap" tabIndex={0} role="region" aria-labelledby="procedures-stats-caption">
      <table className="procedures-stats__table">
        <caption id="procedures-stats-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.columns.agency')}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {t(`stats.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stats.agencies.map((row) => (
            <tr key={row.agency.id}>
              <th scope="row">{localized(row.agency.name)}</th>
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

/** Narrow screens (360 px): one card per agency, then the totals, each a list of labelled figures. */
export function StatsCards({ stats }: { stats: Stats }) {
  const { t } = usePublicTexts();
  const localized = useLocalized();
  return (
    <ul className="procedures-stats__cards">
      {stats.agencies.map((row) => (
        <StatsCard key={row.agency.id} title={localized(row.agency.name)} figures={row} />
      ))}
      <StatsCard title={t('stats.total')} figures={stats.total} total />
    </ul>
  );
}

function StatsCard({ title, figures, total = false }: { title: string; figures: Figures; total?: boolean }) {
  const { t } = usePublicTexts();
  const cells = useCells();
  const values = cells(figures);
  return (
    <li className={`procedures-section procedures-stats__card${total ? ' procedures-stats__card--total' : ''}`}>
      <h2 className="procedures-section__title">{title}</h2>
      <Facts facts={COLUMNS.map((column, index) => [t(`stats.columns.${column}`), values[index]])} />
      {figures.overdueInProcess > 0 && <p className="procedures-field__error">{t('stats.overdueInProcess', { count: figures.overdueInProcess })}</p>}
    </li>
  );
}
