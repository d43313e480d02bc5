import { Button, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import type { ReportDetail } from '../../contract/schemas.js';
import { useFeedbackApi } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';

/** Follow (get notified of every change) when the API allows it (`can.follow`); then unfollow. */
export function FollowButton({ report }: { report: ReportDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useFeedbackApi();
  const [following, setFollowing] = useState(report.following);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!report.can.follow && !following) return null;

  const toggle = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (following) await api.unfollow(report.code);
      else await api.follow(report.code);
      setFollowing(!following);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="feedback-follow">
      <p className="feedback-muted">{t('detail.followers', { count: report.followers + Number(following) - Number(report.following) })}</p>
      {following && <p role="status">{t('detail.followed')}</p>}
      <Button variant={following ? 'secondary' : 'primary'} icon="bell" onClick={() => void toggle()} disabled={busy}>
        {following ? t('detail.unfollow') : t('detail.follow')}
      </Button>
      {failed && <p className="feedback-form__error" role="alert">{t('errors.network')}</p>}
    </div>
  );
}
