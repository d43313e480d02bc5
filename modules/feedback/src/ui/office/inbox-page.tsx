import { PageHeader, SearchField, useDebouncedValue, useLanguage, useTranslation } from '@portal/shared-ui';
import { InboxTabs, OfficersOnly, PagedList, hasRole, isOfficer } from '@portal/shared-ui/office';
import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { INBOX_BUCKETS, type InboxBucket } from '../../contract/domain.js';
import { useFeedbackApi } from '../api-client.js';
import { OFFICE_NAMESPACE } from '../i18n-office.js';
import { useLoad } from '../public/use-load.js';
import { useModulePath } from '../reports/base-path.js';
import { useReportPages } from '../public/use-report-pages.js';
import { InboxItem } from './inbox-item.js';
import '../public/public.css';
import './office.css';

/** One search request per pause in typing. */
const SEARCH_DELAY_MS = 300;

/** The officer inbox: reports of the caller's units by bucket, searchable and filterable. */
export function InboxPage() {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  return (
    <OfficersOnly allow={isOfficer} loading={t('inbox.loading')} title={t('inbox.onlyOfficersTitle')} hint={t('inbox.onlyOfficersHint')}>
      {(user) => <Inbox lead={hasRole(user, 'unit_lead')} />}
    </OfficersOnly>
  );
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
  const ids = { category: useId(), ward: useId() };

  const filters = { bucket, q: q || undefined, category: category || undefined, ward: ward || undefined };
  const key = JSON.stringify(filters);
  const pages = useReportPages((cursor) => api.officeReports({ ...filters, cursor }), key);
  // Counts follow every change of the list, so an action elsewhere shows up when the officer comes back.
  const counts = useLoad(() => api.officeCounts(), key);
  const categories = useLoad(() => api.categories(), 'categories');
  const wards = useLoad(() => api.boundaries({ level: 'ward' }), 'wards');
  // "Mở lại" is the unit lead's queue: reports citizens were not satisfied with.
  const buckets = INBOX_BUCKETS.filter((name) => name !== 'reopened' || lead).map((name) => ({ name, label: t(`inbox.buckets.${name}`) }));

  return (
    <div className="feedback-page feedback-inbox">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} backHref={modulePath()} />
      {notice && (
        <p role="status" className="feedback-notice feedback-notice--success">
          {notice}
        </p>
      )}
      <InboxTabs
        label={t('inbox.bucketsLabel')}
        buckets={buckets}
        counts={counts.status === 'ready' ? counts.data : null}
        describeCount={(label, count) => t('inbox.bucketCount', { label, count })}
        selected={bucket}
        onSelect={setBucket}
      />
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
      <PagedList
        pages={pages}
        texts={{ loading: t('inbox.loading'), errorTitle: t('inbox.errorTitle'), emptyTitle: t('inbox.emptyTitle') }}
        renderItem={(report) => <InboxItem key={report.code} report={report} />}
      />
    </div>
  );
}
