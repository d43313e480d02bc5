import { Button } from '@portal/shared-ui';
import { useState } from 'react';
import { useProceduresApi } from '../shared/api-client.js';
import { saveBlob } from '../shared/download.js';
import { useOfficeTexts } from './use-texts.js';

/** Downloads a private file (it needs the bearer token, so no plain link) and says so when it fails. */
export function DownloadButton({ url, fileName, label, primary = false }: { url: string; fileName: string; label?: string; primary?: boolean }) {
  const { t } = useOfficeTexts();
  const api = useProceduresApi();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const download = async () => {
    setState('loading');
    try {
      saveBlob(await api.blob(url), fileName);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="procedures-download">
      <Button
        variant={primary ? 'primary' : 'secondary'}
        icon="document"
        onClick={() => void download()}
        disabled={state === 'loading'}
        aria-label={label ? undefined : t('files.downloadLabel', { name: fileName })}
      >
        {label ?? t('files.download')}
      </Button>
      {state === 'failed' && (
        <span role="alert" className="procedures-field__error">
          {t('files.downloadFailed')}
        </span>
      )}
    </span>
  );
}
