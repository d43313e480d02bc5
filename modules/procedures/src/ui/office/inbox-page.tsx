import { PageHeader, SearchField, SmartLink, useDebouncedValue } from '@portal/shared-ui';
import { InboxTabs, OfficersOnly, PagedList } from '@portal/shared-ui/office';
import { useId, useState } from 'react';
import { INBOX_BUCKETS, type InboxBucket } from '../../contract/domain.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { useLocalized } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';
import { InboxItem } from './inbox-item.js';
import { canReadOffice } from './officer.js';
import { useInboxPages } from './use-inbox-pages.js';
import { useOfficeTexts } from './use-texts.js';
import '../shared/shared.css';
import './office.css';

/** One search request per pause in typing. */
const SEARCH_DELAY_MS = 300;

/** The one-stop desk inbox: dossiers of the officer's agencies by bucket, searchable, page by page. */
export function InboxPage() {
  const { t } = useOfficeTexts();
  return (
    <OfficersOnly allow={canReadOffice} loading={t('inbox.loading')} title={t('onlyOfficers.title')} hint={t('onlyOfficers.hint')}>
      {(user) => <Inbox units={user.units} admin={user.roles.includes('admin')} />}
    </OfficersOnly>
  );
}

function Inbox({ units, admin }: { units: readonly string[]; admin: boolean }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  const [bucket, setBucket] = useState<InboxBucket>('new');
  const [agency, setAgency] = useState('');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);

  const filters = { bucket, agency: agency || undefined, q: q || undefined };
  const pages = useInboxPages((cursor) => api.inbox({ ...filters, cursor }), JSON.stringify(filters));

  return (
    <div className="procedures-page procedures-inbox">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} backHref={modulePath()} />
      <p className="procedures-inbox__stats">
        <SmartLink href={modulePath('office/stats')}>{t('stats.title')} →</SmartLink>
      </p>
      <InboxTabs
        label={t('inbox.bucketsLabel')}
        buckets={INBOX_BUCKETS.map((name) => ({ name, label: t(`inbox.buckets.${name}`) }))}
        counts={pages.counts}
        describeCount={(label, count) => t('inbox.bucketCount', { label, count })}
        selected={bucket}
        onSelect={setBucket}
      />
      <div className="procedures-inbox__filters">
        {(admin || units.length > 1) && <AgencyPicker units={admin ? null : units} value={agency} onChange={setAgency} />}
        <SearchField label={t('inbox.search')} placeholder={t('inbox.searchPlaceholder')} value={search} onValueChange={setSearch} />
      </div>
      <PagedList
        pages={pages}
        texts={{ loading: t('inbox.loading'), errorTitle: t('inbox.errorTitle'), emptyTitle: t('inbox.emptyTitle') }}
        renderItem={(dossier) => <InboxItem key={dossier.id} dossier={dossier} />}
      />
    </div>
  );
}

/** The agencies the officer works for (every agency for an admin), by name. */
function AgencyPicker({ units, value, onChange }: { units: readonly string[] | null; value: string; onChange: (agency: string) => void }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const localized = useLocalized();
  const id = useId();
  const { state } = useLoad(() => api.agencies(), []);
  const names = new Map(state.status === 'ready' ? state.data.map((agency) => [agency.id, localized(agency.name)]) : []);
  const choices = units ?? [...names.keys()];
  return (
    <div className="procedures-field">
      <label htmlFor={id}>{t('inbox.agency')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('inbox.allAgencies')}</option>
        {choices.map((agencyId) => (
          <option key={agencyId} value={agencyId}>
            {names.get(agencyId) ?? agencyId}
          </option>
        ))}
      </select>
    </div>
  );
}
