import { Button, EmptyState, ErrorState, PageHeader, SearchField, useDebouncedValue, useSession } from '@portal/shared-ui';
import { useId, useState } from 'react';
import { INBOX_BUCKETS, type InboxBucket } from '../../contract/domain.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { useLocalized } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';
import { InboxItem } from './inbox-item.js';
import { OnlyOfficers } from './only-officers.js';
import { canReadOffice } from './officer.js';
import { useInboxPages } from './use-inbox-pages.js';
import { useOfficeTexts } from './use-texts.js';
import '../shared/shared.css';
import './office.css';

/** One search request per pause in typing. */
const SEARCH_DELAY_MS = 300;

/** The one-stop desk inbox: dossiers of the officer's agencies by bucket, searchable, page by page. */
export function InboxPage() {
  const session = useSession();
  const { t } = useOfficeTexts();
  if (session.status === 'loading') return <p role="status">{t('inbox.loading')}</p>;
  if (!canReadOffice(session.user)) return <OnlyOfficers />;
  const admin = !!session.user?.roles.includes('admin');
  return <Inbox units={session.user?.units ?? []} admin={admin} />;
}

function Inbox({ units, admin }: { units: readonly string[]; admin: boolean }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const modulePath = useModulePath();
  const [bucket, setBucket] = useState<InboxBucket>('new');
  const [agency, setAgency] = useState('');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const bucketsId = useId();

  const filters = { bucket, agency: agency || undefined, q: q || undefined };
  const pages = useInboxPages((cursor) => api.inbox({ ...filters, cursor }), JSON.stringify(filters));
  const { counts } = pages;

  return (
    <div className="procedures-page procedures-inbox">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} backHref={modulePath()} />
      <div role="group" aria-labelledby={bucketsId} className="procedures-inbox__buckets">
        <span id={bucketsId} className="portal-visually-hidden">
          {t('inbox.bucketsLabel')}
        </span>
        {INBOX_BUCKETS.map((name) => {
          const count = counts?.[name] ?? null;
          const label = t(`inbox.buckets.${name}`);
          return (
            <button
              key={name}
              type="button"
              className="procedures-inbox__bucket"
              aria-pressed={bucket === name}
              aria-label={count === null ? label : t('inbox.bucketCount', { label, count })}
              onClick={() => setBucket(name)}
            >
              <span>{label}</span>
              {count !== null && <span className="procedures-inbox__count">{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="procedures-inbox__filters">
        {(admin || units.length > 1) && <AgencyPicker units={admin ? null : units} value={agency} onChange={setAgency} />}
        <SearchField label={t('inbox.search')} placeholder={t('inbox.searchPlaceholder')} value={search} onValueChange={setSearch} />
      </div>
      <InboxList pages={pages} />
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

function InboxList({ pages }: { pages: ReturnType<typeof useInboxPages> }) {
  const { t } = useOfficeTexts();
  const { state } = pages;
  if (state.status === 'loading') {
    return (
      <p role="status" className="procedures-muted">
        {t('inbox.loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorState title={t('inbox.errorTitle')} onRetry={pages.retry} />;
  if (state.items.length === 0) return <EmptyState title={t('inbox.emptyTitle')} icon="check" />;
  return (
    <>
      <ul className="procedures-inbox__list">
        {state.items.map((dossier) => (
          <InboxItem key={dossier.id} dossier={dossier} />
        ))}
      </ul>
      {state.moreFailed && (
        <p role="alert" className="procedures-alert procedures-alert--error">
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
