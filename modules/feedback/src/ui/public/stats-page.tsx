import { EmptyState, ErrorState, PageHeader, SmartLink, useLanguage, useTranslation } from '@portal/shared-ui';
import { useId, useState } from 'react';
import type { StatsQuery } from '../api-client.js';
import { useFeedbackApi } from '../api-client.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';
import { useModulePath } from '../reports/base-path.js';
import { StatsCharts } from './stats-charts.js';
import { StatsTable } from './stats-table.js';
import { useLoad } from './use-load.js';
import './public.css';

const GROUPINGS = ['ward', 'district', 'unit'] as const;
type Grouping = (typeof GROUPINGS)[number];
const GROUPING_LABELS = { ward: 'stats.byWard', district: 'stats.byDistrict', unit: 'stats.byUnit' } as const;

/** Public statistics: figures per ward, district or unit for a period and category, as a table and charts. */
export function StatsPage() {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const modulePath = useModulePath();
  const [query, setQuery] = useState<Required<Pick<StatsQuery, 'by'>> & StatsQuery>({ by: 'ward' });
  const categories = useLoad(() => api.categories(), 'categories');
  const stats = useLoad(() => api.stats(query), JSON.stringify(query));
  const ids = { by: useId(), from: useId(), to: useId(), category: useId() };
  const update = (patch: Partial<StatsQuery>) => setQuery((current) => ({ ...current, ...patch }));

  return (
    <div className="feedback-page feedback-stats">
      <PageHeader title={t('stats.title')} subtitle={t('stats.subtitle')} backHref={modulePath()} />
      <form className="feedback-filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="feedback-segmented">
          <legend id={ids.by}>{t('stats.by')}</legend>
          {GROUPINGS.map((by: Grouping) => (
            <label key={by} className="feedback-segmented__option">
              <input type="radio" name="by" value={by} checked={query.by === by} onChange={() => update({ by })} />
              <span>{t(GROUPING_LABELS[by])}</span>
            </label>
          ))}
        </fieldset>
        <div className="feedback-filters__row">
          <label htmlFor={ids.from} className="feedback-field">
            <span>{t('stats.from')}</span>
            <input id={ids.from} type="date" value={query.from ?? ''} max={query.to} onChange={(event) => update({ from: event.target.value || undefined })} />
          </label>
          <label htmlFor={ids.to} className="feedback-field">
            <span>{t('stats.to')}</span>
            <input id={ids.to} type="date" value={query.to ?? ''} min={query.from} onChange={(event) => update({ to: event.target.value || undefined })} />
          </label>
        </div>
        <label htmlFor={ids.category} className="feedback-field">
          <span>{t('stats.category')}</span>
          <select id={ids.category} value={query.category ?? ''} onChange={(event) => update({ category: event.target.value || undefined })}>
            <option value="">{t('stats.allCategories')}</option>
            {categories.status === 'ready' &&
              categories.data.items.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name[language]}
                </option>
              ))}
          </select>
        </label>
      </form>

      {stats.status === 'loading' && (
        <p className="feedback-muted" role="status" aria-busy="true">
          {t('stats.loading')}
        </p>
      )}
      {stats.status === 'error' && <ErrorState title={t('stats.errorTitle')} onRetry={stats.retry} />}
      {stats.status === 'ready' && stats.data.rows.length === 0 && <EmptyState title={t('stats.emptyTitle')} icon="info" />}
      {stats.status === 'ready' && stats.data.rows.length > 0 && (
        <>
          <StatsTable stats={stats.data} />
          <StatsCharts stats={stats.data} />
        </>
      )}
      <p>
        <SmartLink href={modulePath('public')} className="feedback-link">
          {t('stats.feedLink')}
        </SmartLink>
      </p>
    </div>
  );
}
