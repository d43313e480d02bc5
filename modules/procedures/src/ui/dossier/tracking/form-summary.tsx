import { useTranslation } from '@portal/shared-ui';
import type { FormField, FormValues } from '../../../contract/form-schema.js';
import type { DossierDetail } from '../../../contract/schemas.js';
import { NAMESPACE } from '../../i18n/index.js';
import { formatDate, useLocalized } from '../../shared/format.js';
import { visibleFieldIds } from '../form/visibility.js';

/** The submitted form, read-only: each visible field with its value as the applicant entered it. */
export function FormSummary({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation(NAMESPACE);
  const localized = useLocalized();
  const show = (field: FormField, value: FormValues[string] | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
    const option = field.options?.find((candidate) => candidate.value === value);
    if (option) return localized(option.label);
    if (field.type === 'date' && typeof value === 'string') return formatDate(value);
    return String(value);
  };
  const shown = visibleFieldIds(dossier.procedureForm, dossier.form);
  return (
    <section className="procedures-section" aria-labelledby="dossier-form-heading">
      <h2 id="dossier-form-heading" className="procedures-section__title">
        {t('dossier.form')}
      </h2>
      {dossier.procedureForm.sections.map((section) => {
        const fields = section.fields.filter((field) => shown.has(field.id));
        if (fields.length === 0) return null;
        return (
          <div key={section.id}>
            <h3 className="dossier-summary__section">{localized(section.title)}</h3>
            <dl className="procedures-facts">
              {fields.map((field) => (
                <div key={field.id} className="dossier-summary__row">
                  <dt>{localized(field.label)}</dt>
                  <dd>{show(field, dossier.form[field.id])}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
