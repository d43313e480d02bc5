import { Button, SmartLink, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { useModulePath } from '../../shared/base-path.js';
import { saveBlob } from '../../shared/download.js';
import { formatDate } from '../../shared/format.js';

/** The result: the PDF to download (it needs the token, so it is fetched, not linked), or pickup at the counter. */
export function ResultBox({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const path = useModulePath();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { result } = dossier;
  if (!result) return null;

  const download = async (url: string) => {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await api.blob(url), `ket-qua-${dossier.code ?? dossier.id}.pdf`);
    } catch (failure) {
      setError(t('result.downloadFailed', { message: problemMessage(failure, t('errors.network')) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="procedures-section" aria-labelledby="dossier-result-heading">
      <h2 id="dossier-result-heading" className="procedures-section__title">
        {t('result.heading')}
      </h2>
      <dl className="procedures-facts">
        <dt>{t('result.issuedAt')}</dt>
        <dd>{formatDate(result.issuedAt)}</dd>
        <dt>{t('result.verificationCode')}</dt>
        <dd>
          <SmartLink href={path(`verify/${encodeURIComponent(result.verificationCode)}`)}>{result.verificationCode}</SmartLink>
        </dd>
        {result.returnedAt && (
          <>
            <dt>{t('result.returnedAt')}</dt>
            <dd>{formatDate(result.returnedAt)}</dd>
          </>
        )}
      </dl>
      {result.url ? (
        <Button block icon="document" disabled={busy} onClick={() => void download(result.url as string)}>
          {busy ? t('result.downloading') : t('result.download')}
        </Button>
      ) : (
        <p>{t('result.counter')}</p>
      )}
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
    </section>
  );
}
