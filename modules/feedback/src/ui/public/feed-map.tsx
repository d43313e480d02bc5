import { ErrorState, useLanguage, useTranslation } from '@portal/shared-ui';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ReportStatus } from '../../contract/domain.js';
import { useFeedbackApi } from '../api-client.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';
import { pointsFromGeoJson, ReportMap } from '../map/report-map.js';
import { useModulePath } from '../reports/base-path.js';
import { useLoad } from './use-load.js';

interface FeedMapProps {
  category: string;
  status: string;
  /** The chosen ward's box: the map endpoint filters by area this way. */
  bbox: string | null;
}

/** Public reports as points on the boundaries map; tapping a point opens its report. */
export function FeedMap({ category, status, bbox }: FeedMapProps) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const navigate = useNavigate();
  const modulePath = useModulePath();
  const query = { category: category || undefined, status: (status || undefined) as ReportStatus | undefined, bbox: bbox ?? undefined };
  const map = useLoad(() => api.publicMap(query), JSON.stringify(query));
  const points = useMemo(() => (map.status === 'ready' ? pointsFromGeoJson(map.data) : []), [map]);
  const countFormat = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <div className="feedback-feed__map">
      {map.status === 'error' && <ErrorState headingLevel={2} title={t('feed.mapErrorTitle')} onRetry={map.retry} />}
      <ReportMap points={points} height="min(70vh, 520px)" label={t('feed.map')} onPointClick={(code) => navigate(modulePath(`reports/${code}`))} />
      {map.status === 'ready' && (
        <p className="feedback-muted" role="status">
          {map.data.truncated
            ? t('feed.mapTruncated', { shown: countFormat.format(points.length) })
            : t('feed.mapCount', { shown: countFormat.format(points.length) })}
        </p>
      )}
    </div>
  );
}
