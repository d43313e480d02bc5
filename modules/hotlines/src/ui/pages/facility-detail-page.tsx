import { Button, Card, EmptyState, ErrorState, PageHeader, Skeleton, useLanguage, useTranslation } from '@portal/shared-ui';
import { useLocation, useParams } from 'react-router';
import type { Hotline } from '../../contract/schemas.js';
import type { FromList } from '../components/facility-item.js';
import { MapButton } from '../components/map-button.js';
import { formatCoordinates } from '../format.js';
import { useJson } from '../hooks/use-json.js';
import { NAMESPACE } from '../i18n.js';

/** One local line: call it, see its hours and address, open it on a map. */
export function FacilityDetailPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const fromList = useLocation().state as FromList | null;
  const backHref = `${basePath}${fromList?.fromSearch ?? ''}`;
  const facility = useJson<Hotline>(`/facilities/${encodeURIComponent(id)}`);

  if (facility.status === 'loading') {
    return (
      <div aria-busy="true">
        <PageHeader title={<Skeleton width="12rem" />} backHref={backHref} backLabel={t('detail.back')} />
        <span className="portal-visually-hidden" role="status">
          {t('facilities.loading')}
        </span>
        <Skeleton shape="block" height={160} />
      </div>
    );
  }
  if (facility.status === 'error') {
    return (
      <>
        <PageHeader title={t('title')} backHref={backHref} backLabel={t('detail.back')} />
        {facility.httpStatus === 404 ? (
          <EmptyState icon="search" title={t('detail.notFoundTitle')} description={t('detail.notFoundHint')} />
        ) : (
          <ErrorState title={t('detail.errorTitle')} onRetry={facility.retry} />
        )}
      </>
    );
  }

  const line = facility.data;
  const name = line.name[language];
  const hours = line.open24h ? t('item.open24h') : line.hours?.[language];
  return (
    <>
      <PageHeader title={name} subtitle={t(`kinds.${line.kind}`)} backHref={backHref} backLabel={t('detail.back')} />
      <Card className="hotlines-detail">
        {line.description && <p className="hotlines-detail__description">{line.description[language]}</p>}
        <Button href={`tel:${line.tel}`} icon="phone" block>
          {t('item.call', { number: line.number })}
        </Button>
        <dl className="hotlines-detail__facts">
          <dt>{t('detail.number')}</dt>
          <dd>{line.number}</dd>
          {hours && (
            <>
              <dt>{t('detail.hours')}</dt>
              <dd>{hours}</dd>
            </>
          )}
          {line.address && (
            <>
              <dt>{t('detail.address')}</dt>
              <dd>{line.address}</dd>
            </>
          )}
          {line.unit && (
            <>
              <dt>{t('detail.unit')}</dt>
              <dd>{line.unit[language]}</dd>
            </>
          )}
          {line.location && (
            <>
              <dt>{t('detail.coordinates')}</dt>
              <dd>{formatCoordinates(line.location, language)}</dd>
            </>
          )}
        </dl>
        {line.location && <MapButton location={line.location} placeName={name} text={t('detail.openMap')} block />}
      </Card>
    </>
  );
}
