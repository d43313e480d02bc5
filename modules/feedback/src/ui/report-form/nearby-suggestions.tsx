import { Button, SmartLink, useLanguage, useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import type { ReportSummary } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';
import { useModulePath } from '../reports/base-path.js';
import { StatusBadge } from '../reports/status-badge.js';

/** Open public reports of the same category within 300 m (GET /nearby), once both are known. */
export function useNearbyReports(categoryId: string | null, location: { lat: number; lng: number } | null): ReportSummary[] {
  const api = useFeedbackApi();
  const [items, setItems] = useState<ReportSummary[]>([]);
  const lat = location?.lat;
  const lng = location?.lng;
  useEffect(() => {
    if (!categoryId || lat === undefined || lng === undefined) return setItems([]);
    let cancelled = false;
    api.nearby(lat, lng, categoryId).then(
      (result) => !cancelled && setItems(result.items),
      () => !cancelled && setItems([]),
    );
    return () => {
      cancelled = true;
    };
  }, [api, categoryId, lat, lng]);
  return items;
}

/** "Có phải phản ánh này?": follow an existing report instead of filing the same one again. */
export function NearbySuggestions({ reports }: { reports: readonly ReportSummary[] }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const path = useModulePath();
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  if (reports.length === 0) return null;

  const follow = async (code: string) => {
    setBusy(code);
    try {
      await api.follow(code);
      setFollowed((current) => new Set(current).add(code));
    } catch {
      // The button stays; following again is harmless.
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="feedback-nearby" aria-labelledby="feedback-nearby-title">
      <h2 id="feedback-nearby-title">{t('form.nearbyTitle')}</h2>
      <p className="feedback-muted">{t('form.nearbyHint')}</p>
      <ul className="feedback-list">
        {reports.map((report) => (
          <li key={report.code} className="feedback-nearby__item">
            <p className="feedback-nearby__head">
              <SmartLink href={path(`reports/${report.code}`)}>{report.code}</SmartLink> <StatusBadge status={report.status} />
            </p>
            <p className="feedback-nearby__excerpt">{report.excerpt}</p>
            <p className="feedback-muted">{report.place.label[language]}</p>
            {followed.has(report.code) ? (
              <p role="status">{t('form.followed')}</p>
            ) : (
              <Button variant="secondary" icon="bell" disabled={busy === report.code} onClick={() => void follow(report.code)}>
                {t('form.follow')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
