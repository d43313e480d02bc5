import { Button, useTranslation } from '@portal/shared-ui';
import { useEffect, useState } from 'react';
import { useFeedbackApi, type TextFinding } from '../api-client.js';
import { NAMESPACE } from '../i18n.js';

const DEBOUNCE_MS = 600;

/**
 * Phone and ID numbers in the text, from POST /reports/check-text after typing pauses. Only public
 * reports are checked: a private one is seen by the unit alone.
 */
export function usePrivacyFindings(text: string, enabled: boolean): TextFinding[] {
  const api = useFeedbackApi();
  const [findings, setFindings] = useState<TextFinding[]>([]);
  useEffect(() => {
    if (!enabled || text.trim().length === 0) return setFindings([]);
    let cancelled = false;
    const timer = setTimeout(() => {
      api.checkText(text).then(
        (result) => !cancelled && setFindings(result.findings),
        () => undefined, // offline: the server checks again when the report arrives
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, text, enabled]);
  return findings;
}

export interface PrivacyWarningProps {
  findings: readonly TextFinding[];
  acknowledged: boolean;
  onEdit: () => void;
  onAcknowledge: () => void;
}

/** Lists the numbers found; "Sửa lại" goes back to the text, "Vẫn gửi" accepts that they are masked. */
export function PrivacyWarning({ findings, acknowledged, onEdit, onAcknowledge }: PrivacyWarningProps) {
  const { t } = useTranslation(NAMESPACE);
  if (findings.length === 0) return null;
  return (
    <section className="feedback-warning" role="alert" aria-labelledby="feedback-privacy-title">
      <h2 id="feedback-privacy-title" className="feedback-warning__title">
        {t('form.privacyTitle')}
      </h2>
      <p>{t('form.privacyHint')}</p>
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.match}-${index}`}>
            {finding.kind === 'phone' ? t('form.privacyPhone', { match: finding.match }) : t('form.privacyId', { match: finding.match })}
          </li>
        ))}
      </ul>
      {acknowledged ? (
        <p className="feedback-muted">{t('form.privacyAcknowledged')}</p>
      ) : (
        <div className="feedback-warning__actions">
          <Button variant="secondary" onClick={onEdit}>
            {t('form.privacyEdit')}
          </Button>
          <Button variant="primary" onClick={onAcknowledge}>
            {t('form.privacySend')}
          </Button>
        </div>
      )}
    </section>
  );
}
