import { EmptyState, ErrorState, PageHeader, useSession } from '@portal/shared-ui';
import { useState } from 'react';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { useModulePath } from '../../shared/base-path.js';
import { formatDate } from '../../shared/format.js';
import { useLoad } from '../../shared/use-load.js';
import { StatsCards, StatsTable } from '../../public/stats-views.js';
import { useWideScreen } from '../../public/use-wide-screen.js';
import { OnlyOfficers } from '../only-officers.js';
import { canReadOffice } from '../officer.js';
import { useOfficeTexts, usePublicTexts } from '../use-texts.js';
import { StatsCsvButton } from './stats-csv-button.js';
import { StatsPeriodPicker } from './stats-period-picker.js';
import { officeRange, type DayRange, type OfficePeriod } from './stats-range.js';
import '../../shared/shared.css';
import '../office.css';
import '../../public/public.css';
import './office-stats.css';

/** The desk's statistics: the figures of the officer's own agencies (every agency for an admin), as a table or as CSV. */
export function OfficeStatsPage() {
  const session = useSession();
  const { t } = usePublicTexts();
  if (session.status === 'loading') return <p role="status">{t('stats.loading')}</p>;
  if (!canReadOffice(session.user)) return <OnlyOfficers />;
  return <OfficeStats />;
}

function OfficeStats() {
  const { t } = useOfficeTexts();
  const publicTexts = usePublicTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  const wide = useWideScreen();
  const [period, setPeriod] = useState<OfficePeriod>('month');
  const [custom, setCustom] = useState<DayRange>(() => officeRange('month'));
  const range = period === 'custom' ? custom : officeRange(period);
  const { state, reload } = useLoad(() => api.officeStats(range), [range.from, range.to]);
  const rangeText = publicTexts.t('stats.range', { from: formatDate(range.from), to: formatDate(range.to) });
  // useLoad keeps the last answer while the next loads: never show (or export) one period's figures under another's dates.
  const stats = state.status === 'ready' && state.data.from === range.from && state.data.to === range.to ? state.data : null;

  return (
    <div className="procedures-page procedures-public procedures-stats procedures-office-stats">
      <PageHeader title={t('stats.title')} subtitle={t('stats.subtitle')} backHref={modulePath('office')} />
      <StatsPeriodPicker period={period} custom={custom} onPeriod={setPeriod} onCustom={setCustom} />
      <p className="procedures-muted" aria-live="polite">
        {rangeText}
      </p>
      {state.status !== 'error' && !stats && (
        <p role="status" aria-busy="true" className="procedures-muted">
          {publicTexts.t('stats.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <ErrorState title={publicTexts.t('stats.errorTitle')} description={problemMessage(state.error, t('errors.generic'))} onRetry={reload} />
      )}
      {stats && stats.agencies.length === 0 && <EmptyState icon="info" title={t('stats.emptyTitle')} description={t('stats.emptyHint')} />}
      {stats && stats.agencies.length > 0 && (
        <>
          {wide ? <StatsTable stats={stats} caption={publicTexts.t('stats.caption', { range: rangeText })} /> : <StatsCards stats={stats} />}
          <StatsCsvButton stats={stats} />
        </>
      )}
    </div>
  );
}
