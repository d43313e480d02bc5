import { useLanguage } from '@portal/shared-ui';
import { SUPPLEMENT_DOCUMENT_ID } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { formatBytes, formatDateTime, useLocalized } from '../shared/format.js';
import { Section } from './dossier-facts.js';
import { DownloadButton } from './download-button.js';
import { useOfficeTexts } from './use-texts.js';

type Attachment = DossierDetail['attachments'][number];

/** The files per required document (and those sent for supplement requests), each downloadable. */
export function AttachmentsSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  const listed = new Set(dossier.requiredDocuments.map((document) => document.id));
  const extra = dossier.attachments.filter((file) => !listed.has(file.documentId) || file.documentId === SUPPLEMENT_DOCUMENT_ID);
  return (
    <Section id="procedures-office-files" title={t('files.title')}>
      <ul className="procedures-office__documents">
        {dossier.requiredDocuments.map((document) => {
          const files = dossier.attachments.filter((file) => file.documentId === document.id);
          return (
            <li key={document.id}>
              <p className="procedures-office__document">
                <strong>{localized(document.name)}</strong>{' '}
                <span className="procedures-muted">
                  ({[t('files.copies', { count: document.copies }), document.required ? null : t('files.optional')].filter(Boolean).join(', ')})
                </span>
              </p>
              {files.length === 0 ? (
                <p className={document.required ? 'procedures-field__error' : 'procedures-muted'}>{t('files.missing')}</p>
              ) : (
                <FileList files={files} />
              )}
            </li>
          );
        })}
        {extra.length > 0 && (
          <li>
            <p className="procedures-office__document">
              <strong>{t('files.supplement')}</strong>
            </p>
            <FileList files={extra} />
          </li>
        )}
      </ul>
    </Section>
  );
}

function FileList({ files }: { files: Attachment[] }) {
  const { language } = useLanguage();
  return (
    <ul className="procedures-office__files">
      {files.map((file) => (
        <li key={file.id} className="procedures-office__file">
          <span className="procedures-office__file-name">{file.fileName}</span>
          <span className="procedures-muted">
            {formatBytes(file.size, language)} · {formatDateTime(file.uploadedAt)}
          </span>
          <DownloadButton url={file.url} fileName={file.fileName} />
        </li>
      ))}
    </ul>
  );
}

/** Every request for more documents: why, which, and whether the applicant has answered. */
export function SupplementsSection({ dossier }: { dossier: DossierDetail }) {
  const { t } = useOfficeTexts();
  const localized = useLocalized();
  if (dossier.supplementRequests.length === 0) return null;
  const documentName = (id: string) => {
    const document = dossier.requiredDocuments.find((candidate) => candidate.id === id);
    return document ? localized(document.name) : id;
  };
  return (
    <Section id="procedures-office-supplements" title={t('supplements.title')}>
      <ol className="procedures-office__requests">
        {dossier.supplementRequests.map((request) => (
          <li key={request.id}>
            <p className="procedures-muted">
              {t('supplements.requested', { date: formatDateTime(request.requestedAt) })}
              {request.requestedByName && <> {t('supplements.requestedBy', { name: request.requestedByName })}</>}
            </p>
            <p className="procedures-office__text">{request.reason}</p>
            {request.documentIds.length > 0 && (
              <p>
                {t('supplements.documents')}: {request.documentIds.map(documentName).join(', ')}
              </p>
            )}
            {request.answeredAt ? (
              <p>
                <strong>{t('supplements.answered', { date: formatDateTime(request.answeredAt) })}</strong>
                {request.answerNote && (
                  <>
                    <br />
                    {t('supplements.note')}: <span className="procedures-office__text">{request.answerNote}</span>
                  </>
                )}
              </p>
            ) : (
              <p className="procedures-badge procedures-badge--awaiting_supplement">{t('supplements.waiting')}</p>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
