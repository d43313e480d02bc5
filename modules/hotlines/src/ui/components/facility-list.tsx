import { Button, EmptyState, ErrorState, Skeleton, useTranslation } from '@portal/shared-ui';
import type { FacilitiesState } from '../hooks/use-facilities.js';
import { NAMESPACE } from '../i18n.js';
import { FacilityItem } from './facility-item.js';
import './facility-list.css';

interface FacilityListProps {
  state: FacilitiesState;
  onRetry: () => void;
  onLoadMore: () => void;
}

/** The results of a search: a skeleton while loading, an error with retry, an empty note, or the list. */
export function FacilityList({ state, onRetry, onLoadMore }: FacilityListProps) {
  const { t } = useTranslation(NAMESPACE);

  if (state.status === 'loading') {
    return (
      <div aria-busy="true" className="hotlines-facilities">
        <span className="portal-visually-hidden" role="status">
          {t('facilities.loading')}
        </span>
        {[0, 1, 2].map((index) => (
          <div key={index} className="hotlines-facility hotlines-facility--skeleton">
            <Skeleton width="70%" />
            <Skeleton width="45%" />
            <Skeleton shape="block" height={48} />
          </div>
        ))}
      </div>
    );
  }
  if (state.status === 'error') {
    return <ErrorState title={t('facilities.errorTitle')} onRetry={onRetry} />;
  }
  return (
    <>
      <p className="hotlines-facilities__count" role="status">
        {t('facilities.count', { count: state.total })}
      </p>
      {state.items.length === 0 ? (
        <EmptyState icon="search" title={t('facilities.emptyTitle')} description={t('facilities.emptyHint')} />
      ) : (
        <ul className="hotlines-facilities">
          {state.items.map((facility) => (
            <FacilityItem key={facility.id} facility={facility} />
          ))}
        </ul>
      )}
      {state.more === 'failed' && (
        <p className="hotlines-facilities__more-failed" role="alert">
          {t('facilities.moreFailed')}
        </p>
      )}
      {state.items.length < state.total && (
        <Button variant="secondary" block onClick={onLoadMore} disabled={state.more === 'loading'}>
          {t('facilities.more')}
        </Button>
      )}
    </>
  );
}
