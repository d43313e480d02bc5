import { useTranslation } from '@portal/shared-ui';
import { useId, type ReactNode } from 'react';
import { OFFICE_KIT_NAMESPACE } from './strings.js';

/** One row of figures: an area, unit or agency (or the totals), its figures already formatted in column order. */
export interface StatsRow {
  key: string;
  name: string;
  cells: readonly string[];
  /** Shown under a card's figures (cards only), e.g. a warning. */
  note?: ReactNode;
}

export interface StatsViewProps {
  /** Column headers in order, the first naming the rows ("Cơ quan", "Phường"). */
  columns: readonly string[];
  rows: readonly StatsRow[];
  /** The totals row; its name defaults to "Tổng cộng". */
  total: Omit<StatsRow, 'key' | 'name'> & { name?: string };
}

/**
 * Wide screens: an accessible table (caption, column headers, a row header per row, the totals in
 * the footer) that scrolls sideways inside a focusable region when it is wider than the screen.
 */
export function StatsTable({ caption, columns, rows, total }: StatsViewProps & { caption: string }) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const captionId = useId();
  const [nameHeader, ...figureHeaders] = columns;
  return (
    <div className="portal-stats-table" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {figureHeaders.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Figures key={row.key} name={row.name} cells={row.cells} />
          ))}
        </tbody>
        <tfoot>
          <Figures name={total.name ?? t('total')} cells={total.cells} />
        </tfoot>
      </table>
    </div>
  );
}

function Figures({ name, cells }: { name: string; cells: readonly string[] }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      {cells.map((cell, index) => (
        // Cells are positional: their order is the columns' order.
        <td key={index}>{cell}</td>
      ))}
    </tr>
  );
}

/** Narrow screens (360 px): one card per row, then the totals, each a list of labelled figures. */
export function StatsCards({ columns, rows, total }: StatsViewProps) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const figureHeaders = columns.slice(1);
  return (
    <ul className="portal-stats-cards">
      {rows.map(({ key, ...row }) => (
        <StatsCard key={key} headers={figureHeaders} {...row} />
      ))}
      <StatsCard headers={figureHeaders} {...total} name={total.name ?? t('total')} total />
    </ul>
  );
}

function StatsCard({ headers, name, cells, note, total = false }: Omit<StatsRow, 'key'> & { headers: readonly string[]; total?: boolean }) {
  return (
    <li className={total ? 'portal-stats-cards__card portal-stats-cards__card--total' : 'portal-stats-cards__card'}>
      <h2>{name}</h2>
      <dl className="portal-office-facts">
        {headers.map((header, index) => (
          <div key={header}>
            <dt>{header}</dt>
            <dd>{cells[index]}</dd>
          </div>
        ))}
      </dl>
      {note}
    </li>
  );
}
