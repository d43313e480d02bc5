import { useTranslation } from '@portal/shared-ui';
import type { ReactNode } from 'react';
import type { FormField } from '../../../contract/form-schema.js';
import { NAMESPACE } from '../../i18n/index.js';
import { useLocalized } from '../../shared/format.js';

/** The DOM ids of a field's input, help and error text (the API's error keys are the field ids). */
export const fieldIds = (field: Pick<FormField, 'id'>) => ({
  input: `dossier-field-${field.id}`,
  help: `dossier-field-${field.id}-help`,
  error: `dossier-field-${field.id}-error`,
});

/** What every input gets for its accessible description and state. */
export function describedBy(field: FormField, errors: readonly string[]): string | undefined {
  const ids = fieldIds(field);
  return [field.help && ids.help, errors.length > 0 && ids.error].filter(Boolean).join(' ') || undefined;
}

/** "*" for sighted people, "bắt buộc" for screen readers (the input also says aria-required). */
export function RequiredMark({ required }: { required: boolean }) {
  const { t } = useTranslation(NAMESPACE);
  if (!required) return null;
  return (
    <span className="dossier-field__required" title={t('form.required')} aria-hidden="true">
      {' *'}
    </span>
  );
}

/** The help line and the field's errors, with the ids the input points at. */
export function FieldNotes({ field, errors }: { field: FormField; errors: readonly string[] }) {
  const localized = useLocalized();
  const ids = fieldIds(field);
  return (
    <>
      {field.help && (
        <p id={ids.help} className="procedures-muted dossier-field__help">
          {localized(field.help)}
        </p>
      )}
      {errors.length > 0 && (
        <p id={ids.error} className="dossier-field__error">
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

/** A labelled single input: label (with required mark), the control, help and errors. */
export function FieldShell({ field, errors, children }: { field: FormField; errors: readonly string[]; children: ReactNode }) {
  const localized = useLocalized();
  return (
    <div className={errors.length > 0 ? 'dossier-field dossier-field--invalid' : 'dossier-field'}>
      <label htmlFor={fieldIds(field).input} className="dossier-field__label">
        {localized(field.label)}
        <RequiredMark required={field.required} />
      </label>
      {children}
      <FieldNotes field={field} errors={errors} />
    </div>
  );
}
