import { PageHeader, SmartLink, useTranslation } from '@portal/shared-ui';
import { PagedList } from '@portal/shared-ui/office';
import { useSearchParams } from 'react-router';
import type { ReportStatus } from '../../contract/domain.js';
import { useFeedbackApi } from '../api-client.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';
import { useModulePath } from '../reports/base-path.js';
import { ReportCard } from '../reports/report-card.js';
import { FeedFilters, type FeedFilterValues } from './feed-filters.js';
import { FeedMap } from './feed-map.js';
import { useLoad } from './use-load.js';
import { useReportPages } from './use-report-pages.js';
import { wardOptions } from './ward-options.js';
import './public.css';

/**
 * Public reports, newest first, as a list or on a map. Filters live in the address, so going back
 * from a report returns to the same view. Reporters appear as initials at most (the API's rule).
 */
export function FeedPage() {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const api = useFeedbackApi();
  const modulePath = useModulePath();
  const [params, setParams] = useSearchParams();
  const filters: FeedFilterValues = { category: params.get('category') ?? '', ward: params.get('ward') ?? '', status: params.get('status') ?? '' };
  const view = params.get('view') === 'map' ? 'map' : 'list';
  const categories = useLoad(() => api.categories(), 'categories');
  const wards = useLoad(() => api.boundaries({ level: 'ward' }).then(wardOptions), 'wards');
  const selectedWard = wards.status === 'ready' ? wards.data.find((ward) => ward.id === filters.ward) : undefined;

  const update = (patch: Partial<FeedFilterValues & { view: string }>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };

  return (
    <div className="feedback-page feedback-feed">
      <PageHeader title={t('feed.title')} subtitle={t('feed.subtitle')} backHref={modulePath()} />
      <FeedFilters
        values={filters}
        categories={categories.status === 'ready' ? categories.data.items : []}
        wards={wards.status === 'ready' ? wards.data : []}
        onChange={update}
      />
      <fieldset className="feedback-segmented">
        <legend>{t('feed.viewLabel')}</legend>
        {(['list', 'map'] as const).map((option) => (
          <label key={option} className="feedback-segmented__option">
            <input type="radio" name="feed-view" value={option} checked={view === option} onChange={() => update({ view: option === 'map' ? 'map' : '' })} />
            <span>{t(`feed.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {view === 'map' ? (
        <FeedMap category={filters.category} status={filters.status} bbox={selectedWard?.bbox ?? null} />
      ) : (
        <FeedList filters={filters} />
      )}
      <p>
        <SmartLink href={modulePath('stats')} className="feedback-link">
          {t('feed.statsLink')}
        </SmartLink>
      </p>
    </div>
  );
}

function FeedList({ filters }: { filters: FeedFilterValues }) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const api = useFeedbackApi();
  const modulePath = useModulePath();
  const query = {
    category: filters.category || undefined,
    ward: filters.ward || undefined,
    status: (filters.status || undefined) as ReportStatus | undefined,
  };
  const pages = useReportPages((cursor) => api.publicReports({ ...query, cursor }), JSON.stringify(query));
  return (
    <PagedList
      pages={pages}
      className="feedback-feed__list"
      emptyIcon="info"
      texts={{ loading: t('feed.loading'), errorTitle: t('feed.errorTitle'), emptyTitle: t('feed.emptyTitle'), emptyHint: t('feed.emptyHint') }}
      renderItem={(report) => (
        <li key={report.code}>
          <ReportCard report={report} to={modulePath(`reports/${report.code}`)} />
        </li>
      )}
    />
  );
}
