import { EmptyState, ErrorState, PageHeader, SearchField, Skeleton, useDebouncedValue, useTranslation } from '@portal/shared-ui';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import { NAMESPACE } from '../i18n/index.js';
import { useProceduresApi, type Agency, type Field } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { useLoad } from '../shared/use-load.js';
import { CatalogFilters } from './catalog-filters.js';
import { FILTER_NAMES, catalogQueryFrom, type FilterName } from './catalog-query.js';
import { ProcedureCard } from './procedure-card.js';
import './catalog.css';

/** How long typing must pause before the catalog is asked again. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The catalog: search as you type (diacritics optional), filters, and the matching procedures. */
export function CatalogPage() {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const path = useModulePath();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const settledText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  // The words reach the URL once typing pauses; the URL is what the list is loaded from. Only a change
  // of the words navigates (setParams changes with every location). A link followed before the pause
  // ends wins: the page stays on screen while the next one loads, and must not navigate back to itself.
  const latestParams = useRef({ params, setParams });
  latestParams.current = { params, setParams };
  const leaving = useRef(false);
  useEffect(() => {
    const words = settledText.trim();
    const { params: current, setParams: set } = latestParams.current;
    if (leaving.current || (current.get('q') ?? '') === words) return;
    const next = new URLSearchParams(current);
    if (words) next.set('q', words);
    else next.delete('q');
    set(next, { replace: true });
  }, [settledText]);
  const noticeLeaving = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) leaving.current = true;
  };

  const query = useMemo(() => catalogQueryFrom(params), [params]);
  const queryKey = JSON.stringify(query);
  const results = useLoad(() => api.catalog(query), [api, queryKey]);
  const options = useLoad(() => Promise.all([api.fields(), api.agencies()]).catch((): [Field[], Agency[]] => [[], []]), [api]);
  const [fields, agencies] = options.state.status === 'ready' ? options.state.data : [[], []];

  const setFilter = (name: FilterName, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const clearFilters = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const name of FILTER_NAMES) next.delete(name);
      return next;
    });

  return (
    <div className="procedures-catalog" onClickCapture={noticeLeaving}>
      <PageHeader title={t('catalog.title')} backHref={path()} backLabel={t('back')} />
      <div role="search">
        <SearchField label={t('home.search')} value={text} onValueChange={setText} placeholder={t('home.searchPlaceholder')} autoComplete="off" />
      </div>
      <CatalogFilters query={query} fields={fields} agencies={agencies} onChange={setFilter} onClear={clearFilters} />
      <p className="procedures-muted" aria-live="polite">
        {results.state.status === 'ready' ? t('catalog.count', { count: results.state.data.total }) : ''}
      </p>
      {results.state.status === 'loading' && <Skeleton shape="block" height={240} />}
      {results.state.status === 'error' && <ErrorState title={t('catalog.failed')} onRetry={results.reload} />}
      {results.state.status === 'ready' &&
        (results.state.data.items.length === 0 ? (
          <EmptyState title={t('catalog.empty')} description={t('catalog.emptyHint')} icon="search" />
        ) : (
          <ul className="procedures-list" aria-label={t('catalog.title')}>
            {results.state.data.items.map((procedure) => (
              <ProcedureCard key={procedure.id} procedure={procedure} />
            ))}
          </ul>
        ))}
    </div>
  );
}
