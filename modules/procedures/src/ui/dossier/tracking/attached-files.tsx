import { useTranslation } from '@portal/shared-ui';
import { SUPPLEMENT_DOCUMENT_ID } from '../../../contract/domain.js';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { useLocalized } from '../../shared/format.js';
import { DocumentFiles } from '../files/document-files.js';

/** The files of a submitted dossier, by document, read-only (each downloadable). */
export function AttachedFiles({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const documents = [
    ...dossier.requiredDocuments.map((document) => ({ id: document.id, name: localized(document.name), required: document.required })),
    { id: SUPPLEMENT_DOCUMENT_ID, name: t('files.supplement'), required: false },
  ].filter((document) => document.id !== SUPPLEMENT_DOCUMENT_ID || dossier.attachments.some((file) => file.documentId === SUPPLEMENT_DOCUMENT_ID));
  return (
    <section className="procedures-section" aria-labelledby="dossier-attached-heading">
      <h2 id="dossier-attached-heading" className="procedures-section__title">
        {t('files.heading')}
      </h2>
      {documents.map((document) => (
        <DocumentFiles
          key={document.id}
          dossierId={dossier.id}
          documentId={document.id}
          name={document.name}
          required={document.required}
          files={dossier.attachments.filter((file) => file.documentId === document.id)}
          editable={false}
          onAdded={() => undefined}
          onRemoved={() => undefined}
        />
      ))}
    </section>
  );
}
