import { Button, useLanguage, useTranslation } from '@portal/shared-ui';
import { useId, useState } from 'react';
import type { Attachment } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { saveBlob } from '../../shared/download.js';
import { formatBytes } from '../../shared/format.js';
import { ACCEPTED_FILES, fileProblem } from './file-checks.js';
import { UploadProgress } from './upload-progress.js';
import { useUploads, type Upload } from './use-uploads.js';
import './files.css';

interface Props {
  dossierId: string;
  documentId: string;
  /** The document's name as the applicant reads it. */
  name: string;
  required: boolean;
  files: readonly Attachment[];
  /** Files sent in answer to this supplement request. */
  supplementRequestId?: string;
  /** May add and remove files (draft, or the open supplement request). */
  editable: boolean;
  /** Messages the API gave for this document (`files.<documentId>`). */
  errors?: readonly string[];
  onAdded: (file: Attachment) => void;
  onRemoved: (fileId: string) => void;
}

/** The files attached for one required document: list (download, remove) and a file input to add more. */
export function DocumentFiles({ dossierId, documentId, name, required, files, supplementRequestId, editable, errors = [], onAdded, onRemoved }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const api = useProceduresApi();
  const inputId = useId();
  const errorId = useId();
  const { uploads, run, cancel } = useUploads();
  const [status, setStatus] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const shown = [...messages, ...errors];

  const add = async (chosen: FileList | null) => {
    const files = Array.from(chosen ?? []);
    const refused = files.flatMap((file) => {
      const problem = fileProblem(file);
      return problem ? [t(`files.${problem}`, { name: file.name })] : [];
    });
    setStatus('');
    setMessages(refused);
    const failed = await run(
      files.filter((file) => !fileProblem(file)),
      async (file, options) => onAdded(await api.uploadFile(dossierId, documentId, file, { ...options, supplementRequestId })),
    );
    const failures = failed.map(({ file, error }) => t('files.failed', { name: file.name, message: problemMessage(error, t('errors.network')) }));
    if (failures.length > 0) setMessages([...refused, ...failures]);
  };

  const stop = (upload: Upload) => {
    cancel(upload);
    setStatus(t('files.cancelled', { name: upload.file.name }));
  };

  const remove = async (file: Attachment) => {
    try {
      await api.deleteFile(dossierId, file.id);
      onRemoved(file.id);
      setMessages([]);
    } catch (error) {
      setMessages([t('files.removeFailed', { message: problemMessage(error, t('errors.network')) })]);
    }
  };

  const download = async (file: Attachment) => {
    try {
      saveBlob(await api.blob(file.url), file.fileName);
    } catch (error) {
      setMessages([problemMessage(error, t('errors.network'))]);
    }
  };

  return (
    <div className={shown.length > 0 ? 'dossier-files dossier-files--invalid' : 'dossier-files'} data-document={documentId}>
      <p className="dossier-files__name">
        {name} <span className="procedures-muted">({required ? t('files.required') : t('files.optional')})</span>
      </p>
      {files.length === 0 ? (
        <p className="procedures-muted">{t('files.none')}</p>
      ) : (
        <ul className="dossier-files__list">
          {files.map((file) => (
            <li key={file.id} className="dossier-files__item">
              <button type="button" className="dossier-files__open" onClick={() => void download(file)} aria-label={t('files.open', { name: file.fileName })}>
                {file.fileName}
              </button>
              <span className="procedures-muted">{formatBytes(file.size, language)}</span>
              {editable && (
                <Button variant="ghost" icon="close" aria-label={t('files.remove', { name: file.fileName })} onClick={() => void remove(file)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="dossier-files__add">
          <label htmlFor={inputId} className="portal-button portal-button--secondary dossier-files__choose">
            {t('files.chooseShort')}
            <span className="portal-visually-hidden"> {t('files.choose', { name })}</span>
          </label>
          <input
            id={inputId}
            type="file"
            className="portal-visually-hidden"
            accept={ACCEPTED_FILES}
            multiple
            disabled={uploads.length > 0}
            aria-invalid={shown.length > 0 || undefined}
            aria-describedby={shown.length > 0 ? errorId : undefined}
            onChange={(event) => {
              const chosen = event.target.files;
              void add(chosen).then(() => {
                event.target.value = '';
              });
            }}
          />
        </div>
      )}
      <UploadProgress uploads={uploads} onCancel={stop} />
      <p className={status ? 'procedures-muted' : 'portal-visually-hidden'} aria-live="polite">
        {status}
      </p>
      {shown.length > 0 && (
        // Only what the person just did is announced at once; the API's errors are announced by the editor's summary.
        <p id={errorId} className="dossier-field__error" role={messages.length > 0 ? 'alert' : undefined}>
          {shown.join(' ')}
        </p>
      )}
    </div>
  );
}
