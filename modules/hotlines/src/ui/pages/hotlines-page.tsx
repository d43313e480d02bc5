import { PageHeader, SearchField, useDebouncedValue, useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmergencyNumbers } from '../components/emergency-numbers.js';
import { FacilityList } from '../components/facility-list.js';
import { LocationControl } from '../components/location-control.js';
import { useFacilities } from '../hooks/use-facilities.js';
import { usePosition } from '../hooks/use-position.js';
import { NAMESPACE } from '../i18n.js';

const SEARCH_DELAY_MS = 300;

/** Emergency numbers first, then the province's lines: searchable and sortable by distance. */
export function HotlinesPage() {
  const { t } = useTranslation(NAMESPACE);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text, SEARCH_DELAY_MS).trim();
  const { position, request } = usePosition();
  const near = position.status === 'ready' ? position.coords : null;
  const { state, loadMore, retry } = useFacilities(q, near);

  // The search lives in the URL (?q=), so Back from a detail page returns to the same results.
  useEffect(() => {
    if ((params.get('q') ?? '') === q) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, params, setParams]);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <EmergencyNumbers />
      <section aria-labelledby="hotlines-facilities-heading">
        <h2 id="hotlines-facilities-heading" className="hotlines-section-heading">
          {t('facilities.heading')}
        </h2>
        <div className="hotlines-tools">
          <SearchField
            label={t('facilities.searchLabel')}
            placeholder={t('facilities.searchPlaceholder')}
            value={text}
            onValueChange={setText}
            autoComplete="off"
            enterKeyHint="search"
          />
          <LocationControl position={position} onRequest={request} />
        </div>
        <FacilityList state={state} onRetry={retry} onLoadMore={loadMore} />
      </section>
    </>
  );
}
