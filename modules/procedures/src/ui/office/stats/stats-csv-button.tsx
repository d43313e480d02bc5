import { Button } from '@portal/shared-ui';
import type { Stats } from '../../../contract/schemas.js';
import { saveBlob } from '../../shared/download.js';
import { useLocalized } from '../../shared/format.js';
import { useOfficeTexts, usePublicTexts } from '../use-texts.js';
import { statsTable, toCsv } from './stats-csv.js';

const COLUMNS = ['agency', 'received', 'inProcess', 'early', 'onTime', 'late'] as const;

/** Saves the table as a CSV file built here from the figures already shown (no second request). */
export function StatsCsvButton({ stats }: { stats: Stats }) {
  const { t } = useOfficeTexts();
  const publicTexts = usePublicTexts();
  const localized = useLocalized();
  const download = () => {
    const header = [...COLUMNS.map((column) => publicTexts.t(`stats.columns.${column}`)), t('stats.percentColumn')];
    const table = statsTable(stats, { header, total: publicTexts.t('stats.total'), agencyName: (row) => localized(row.agency.name) });
    saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), t('stats.csvFileName', { from: stats.from, to: stats.to }));
  };
  return (
    <Button variant="secondary" icon="document" onClick={download}>
      {t('stats.csv')}
    </Button>
  );
}
