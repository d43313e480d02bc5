import { useTranslation } from '@portal/shared-ui';
import type { ProcedureDetail } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n/index.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useLocalized } from '../shared/format.js';

/** Thành phần hồ sơ: each document, required or not, copies, and its blank template when there is one. */
export function RequiredDocuments({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const localized = useLocalized();
  return (
    <section className="procedures-section" aria-labelledby="procedure-documents">
      <h2 id="procedure-documents" className="procedures-section__title">
        {t('procedure.documents')}
      </h2>
      <ul className="procedures-documents">
        {procedure.requiredDocuments.map((document) => (
          <li key={document.id}>
            <span>{localized(document.name)}</span>
            <span className="procedures-muted">
              {document.required ? t('procedure.required') : t('procedure.optional')} · {t('procedure.copies', { count: document.copies })}
            </span>
            {document.template && (
              <a href={api.templateUrl(procedure.id, document.id)} download>
                {t('procedure.template', { name: localized(document.template) })}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
