import { Button, useTranslation } from '@portal/shared-ui';
import { useId } from 'react';
import { NAMESPACE } from '../../i18n/index.js';
import type { Upload } from './use-uploads.js';

/** One row per file on its way: its name, a progress bar named "Đang tải lên 45%" and a Cancel button. */
export function UploadProgress({ uploads, onCancel }: { uploads: readonly Upload[]; onCancel: (upload: Upload) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="dossier-files__uploads">
      {uploads.map((upload) => (
        <UploadRow key={upload.key} upload={upload} onCancel={onCancel} />
      ))}
    </ul>
  );
}

function UploadRow({ upload, onCancel }: { upload: Upload; onCancel: (upload: Upload) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const nameId = useId();
  const { file, percent } = upload;
  return (
    <li className="dossier-files__upload">
      <span id={nameId} className="dossier-files__upload-name">
        {file.name}
      </span>
      {/* No value until the browser reports progress: an indeterminate bar rather than a 0 % that lies. */}
      <progress
        className="dossier-files__progress"
        max={100}
        value={percent ?? undefined}
        aria-label={percent === null ? t('files.progressStarting') : t('files.progress', { percent })}
        aria-describedby={nameId}
      />
      {/* Every byte sent: the server is storing it, and cancelling now could not undo that. */}
      {percent !== 100 && (
        <Button variant="ghost" icon="close" aria-label={t('files.cancel', { name: file.name })} onClick={() => onCancel(upload)}>
          {t('cancel')}
        </Button>
      )}
    </li>
  );
}
