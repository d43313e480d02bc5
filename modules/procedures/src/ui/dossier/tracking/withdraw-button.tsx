import { Button, useTranslation } from '@portal/shared-ui';
import { useEffect, useId, useRef, useState } from 'react';
import { REASON_MAX, REASON_MIN } from '../../../contract/domain.js';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';

/** "Rút hồ sơ", only while the API allows it, after a confirmation with an optional reason. */
export function WithdrawButton({ dossier, onChange }: { dossier: DossierDetail; onChange: (dossier: DossierDetail) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const reasonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!dossier.can.applicant.includes('withdraw')) return null;

  if (!open) {
    return (
      <Button variant="danger" block onClick={() => setOpen(true)}>
        {t('withdraw.action')}
      </Button>
    );
  }
  const confirm = async () => {
    const text = reason.trim();
    if (text && text.length < REASON_MIN) {
      setError(t('withdraw.reasonTooShort', { min: REASON_MIN }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChange(await api.withdraw(dossier.id, { version: dossier.version, reason: text || undefined }));
    } catch (failure) {
      setError(t('errors.failed', { message: problemMessage(failure, t('errors.network')) }));
      setBusy(false);
    }
  };
  return (
    <div role="dialog" aria-labelledby={titleId} className="procedures-section dossier-dialog">
      <h2 id={titleId} ref={heading} tabIndex={-1} className="procedures-section__title">
        {t('withdraw.title')}
      </h2>
      <p>{t('withdraw.hint')}</p>
      <label htmlFor={reasonId}>{t('withdraw.reason', { min: REASON_MIN })}</label>
      <textarea id={reasonId} className="procedures-input" rows={3} maxLength={REASON_MAX} value={reason} onChange={(event) => setReason(event.target.value)} />
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
      <div className="procedures-actions">
        <Button variant="danger" disabled={busy} onClick={() => void confirm()}>
          {t('withdraw.confirm')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
