import { EmptyState, ErrorState, PageHeader } from '@portal/shared-ui';
import { useState } from 'react';
import { usePublicTexts } from '../office/use-texts.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { formatDate } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';
import { StatsCards, StatsTable } from './stats-views.js';
import { PERIODS, periodRange, type Period } from './stats-period.js';
import { useWideScreen } from './use-wide-screen.js';
import '../shared/shared.css';
import '../office/office.css';
import './public.css';

/** Public statistics per agency for a period: a card per agency on a phone, a table on a wide screen; totals. */
export function StatsPage() {
  const { t } = usePublicTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  const wide = useWideScreen();
  const [period, setPeriod] = useState<Period>('month');
  const range = periodRange(period);
  const { state, reload } = useLoad(() => api.stats(range), [range.from, range.to]);
  const rangeText = t('stats.range', { from: formatDate(range.from), to: formatDate(range.to) });

  return (
    <div className="procedures-page procedures-public procedures-stats">
      <PageHeader title={t('stats.title')} subtitle={t('stats.subtitle')} backHref={modulePath()} />
      <fieldset className="procedures-stats__periods">
        <legend>{t('stats.period')}</legend>
        {PERIODS.map((name) => (
          <label key={name} className="procedures-stats__period">
            <input type="radio" name="period" value={name} checked={period === name} onChange={() => setPeriod(name)} />
            <span>{t(`stats.periods.${name}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="procedures-muted">{rangeText}</p>
      {state.status === 'loading' && (
        <p role="status" aria-busy="true" className="procedures-muted">
          {t('stats.loading')}
        </p>
      )}
      {state.status === 'error' && <ErrorState title={t('stats.errorTitle')} onRetry={reload} />}
      {state.status === 'ready' && state.data.agencies.length === 0 && <EmptyState icon="info" title={t('stats.emptyTitle')} />}
      {state.status === 'ready' &&
        state.data.agencies.length > 0 &&
        (wide ? <StatsTable stats={state.data} caption={t('stats.caption', { range: rangeText })} /> : <StatsCards stats={state.data} />)}
    </div>
  );
}
