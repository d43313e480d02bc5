import { Button, useTranslation } from '@portal/shared-ui';
import { useId, useState } from 'react';
import { REASON_MAX, SUPPLEMENT_DOCUMENT_ID } from '../../../contract/domain.js';
import type { Attachment, DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { problemMessage, useProceduresApi } from '../../shared/api-client.js';
import { formatDateTime, useLocalized } from '../../shared/format.js';
import { DocumentFiles } from '../files/document-files.js';

type Request = DossierDetail['supplementRequests'][number];

/** The open supplement request, when the applicant may answer it: the reason, uploads and "Gửi bổ sung". */
export function SupplementBox({ dossier, onChange }: { dossier: DossierDetail; onChange: (dossier: DossierDetail) => void }) {
  const open = dossier.can.applicant.includes('supplement') ? dossier.supplementRequests.find((request) => request.answeredAt === null) : undefined;
  if (!open) return null;
  return <OpenRequest dossier={dossier} request={open} onChange={onChange} />;
}

function OpenRequest({ dossier, request, onChange }: { dossier: DossierDetail; request: Request; onChange: (dossier: DossierDetail) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const api = useProceduresApi();
  const noteId = useId();
  const [files, setFiles] = useState<Attachment[]>(dossier.attachments.filter((file) => file.supplementRequestId === request.id));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Files go under the documents the officer named, or under "supplement" when none was named.
  const documentIds = request.documentIds.length > 0 ? request.documentIds : [SUPPLEMENT_DOCUMENT_ID];
  const documentName = (documentId: string) => {
    const document = dossier.requiredDocuments.find((candidate) => candidate.id === documentId);
    return document ? localized(document.name) : t('files.supplement');
  };

  const send = async () => {
    if (files.length === 0) {
      setError(t('supplement.needFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChange(await api.answerSupplement(dossier.id, { version: dossier.version, note: note.trim() || undefined }));
    } catch (failure) {
      setError(t('errors.failed', { message: problemMessage(failure, t('errors.network')) }));
      setBusy(false);
    }
  };

  return (
    <section className="procedures-section dossier-supplement" aria-labelledby="dossier-supplement-heading">
      <h2 id="dossier-supplement-heading" className="procedures-section__title">
        {t('supplement.heading')}
      </h2>
      <p className="dossier-supplement__reason">{request.reason}</p>
      <p className="procedures-muted">
        {t('supplement.requestedAt', { date: formatDateTime(request.requestedAt) })}
        {request.requestedByName && ` · ${request.requestedByName}`}
      </p>
      {documentIds.map((documentId) => (
        <DocumentFiles
          key={documentId}
          dossierId={dossier.id}
          documentId={documentId}
          name={documentName(documentId)}
          required={false}
          files={files.filter((file) => file.documentId === documentId)}
          supplementRequestId={request.id}
          editable
          onAdded={(file) => {
            setFiles((current) => [...current, file]);
            setError(null);
          }}
          onRemoved={(fileId) => setFiles((current) => current.filter((file) => file.id !== fileId))}
        />
      ))}
      <label htmlFor={noteId}>{t('supplement.note')}</label>
      <textarea id={noteId} className="procedures-input" rows={3} maxLength={REASON_MAX} value={note} onChange={(event) => setNote(event.target.value)} />
      {error && (
        <p role="alert" className="procedures-alert procedures-alert--error">
          {error}
        </p>
      )}
      <Button block icon="check" disabled={busy} onClick={() => void send()}>
        {busy ? t('supplement.sending') : t('supplement.send')}
      </Button>
    </section>
  );
}
