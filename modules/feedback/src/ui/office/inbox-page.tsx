import { Button, EmptyState, ErrorState, PageHeader, SearchField, useDebouncedValue, useLanguage, useSession, useTranslation } from '@portal/shared-ui';
import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { INBOX_BUCKETS, type InboxBucket } from '../../contract/domain.js';
import { useFeedbackApi } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useLoad } from '../public/use-load.js';
import { useModulePath } from '../reports/base-path.js';
import { useReportPages } from '../public/use-report-pages.js';
import { InboxItem } from './inbox-item.js';
import { OnlyOfficers } from './only-officers.js';
import { isOfficer, isUnitLead } from './officer.js';
import '../public/public.css';
import './office.css';

/** One search request per pause in typing. */
const SEARCH_DELAY_MS = 300;

/** The officer inbox: reports of the caller's units by bucket, searchable and filterable. */
export function InboxPage() {
  const session = useSession();
  const { t } = useTranslation(OFFICE_NAMESPACE);
  if (session.status === 'loading') return <p role="status">{t('inbox.loading')}</p>;
  if (!isOfficer(session.user)) return <OnlyOfficers />;
  return <Inbox lead={isUnitLead(session.user)} />;
}

function Inbox({ lead }: { lead: boolean }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const modulePath = useModulePath();
  // Set by the report page when an action sent the report away from this unit.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [bucket, setBucket] = useState<InboxBucket>('new');
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [ward, setWard] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const ids = { category: useId(), ward: useId(), buckets: useId() };

  const filters = { bucket, q: q || undefined, category: category || undefined, ward: ward || undefined };
  const key = JSON.stringify(filters);
  const pages = useReportPages((cursor) => api.officeReports({ ...filters, cursor }), key);
  // Counts follow every change of the list, so an action elsewhere shows up when the officer comes back.
  const counts = useLoad(() => api.officeCounts(), key);
  const categories = useLoad(() => api.categories(), 'categories');
  const wards = useLoad(() => api.boundaries({ level: 'ward' }), 'wards');
  // "Mở lại" is the unit lead's queue: reports citizens were not satisfied with.
  const buckets = INBOX_BUCKETS.filter((name) => name !== 'reopened' || lead);

  return (
    <div className="feedback-page feedback-inbox">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} backHref={modulePath()} />
      {notice && (
        <p role="status" className="feedback-notice feedback-notice--success">
          {notice}
        </p>
      )}
      <div role="group" aria-labelledby={ids.buckets} className="feedback-inbox__buckets">
        <span id={ids.buckets} className="portal-visually-hidden">
          {t('inbox.bucketsLabel')}
        </span>
        {buckets.map((name) => {
          const count = counts.status === 'ready' ? counts.data[name] : null;
          const label = t(`inbox.buckets.${name}`);
          return (
            <button
              key={name}
              type="button"
              className="feedback-inbox__bucket"
              aria-pressed={bucket === name}
              aria-label={count === null ? label : t('inbox.bucketCount', { label, count })}
              onClick={() => setBucket(name)}
            >
              <span>{label}</span>
              {count !== null && <span className="feedback-inbox__count">{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="feedback-filters">
        <SearchField label={t('inbox.search')} placeholder={t('inbox.searchPlaceholder')} value={search} onValueChange={setSearch} />
        <div className="feedback-filters__row">
          <label htmlFor={ids.category} className="feedback-field">
            <span>{t('inbox.category')}</span>
            <select id={ids.category} value={category} onChange={(event) => setCategory(event.target.value)}>
              <option value="">{t('inbox.all')}</option>
              {categories.status === 'ready' &&
                categories.data.items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name[language]}
                  </option>
                ))}
            </select>
          </label>
          <label htmlFor={ids.ward} className="feedback-field">
            <span>{t('inbox.ward')}</span>
            <select id={ids.ward} value={ward} onChange={(event) => setWard(event.target.value)}>
              <option value="">{t('inbox.all')}</option>
              {wards.status === 'ready' &&
                wards.data.features.map((feature) => {
                  const properties = feature.properties as { id: string; name: { vi: string; en: string } };
                  return (
                    <option key={properties.id} value={properties.id}>
                      {properties.name[language]}
                    </option>
                  );
                })}
            </select>
          </label>
        </div>
      </div>
      <InboxList pages={pages} />
    </div>
  );
}

function InboxList({ pages }: { pages: ReturnType<typeof useReportPages> }) {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const { state } = pages;
  if (state.status === 'loading') {
    return (
      <p role="status" className="feedback-muted">
        {t('inbox.loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorState title={t('inbox.errorTitle')} onRetry={pages.retry} />;
  if (state.items.length === 0) return <EmptyState title={t('inbox.emptyTitle')} icon="check" />;
  return (
    <>
      <ul className="feedback-inbox__list">
        {state.items.map((report) => (
          <InboxItem key={report.code} report={report} />
        ))}
      </ul>
      {state.moreFailed && (
        <p role="alert" className="feedback-field__error">
          {t('inbox.moreFailed')}
        </p>
      )}
      {state.nextCursor && (
        <Button variant="secondary" block onClick={pages.loadMore} disabled={state.loadingMore}>
          {t('inbox.more')}
        </Button>
      )}
    </>
  );
}
