import type { FormDefinition, FormValues } from '../../../contract/form-schema.js';
import { useLocalized } from '../../shared/format.js';
import { FieldControl } from './field-control.js';
import { visibleFieldIds } from './visibility.js';
import './form.css';

interface Props {
  form: FormDefinition;
  values: FormValues;
  /** Messages per field id, as the API's 400 answer names them. */
  errors: Record<string, readonly string[]>;
  disabled?: boolean;
  onChange: (fieldId: string, value: FormValues[string]) => void;
}

const NO_ERRORS: readonly string[] = [];

/**
 * A procedure's form rendered from its definition (no code per procedure): one fieldset per section,
 * each visible field with the component of its type, its value and its errors.
 */
export function DossierForm({ form, values, errors, disabled, onChange }: Props) {
  const localized = useLocalized();
  const shown = visibleFieldIds(form, values);
  return (
    <div className="dossier-form">
      {form.sections.map((section) => {
        const fields = section.fields.filter((field) => shown.has(field.id));
        if (fields.length === 0) return null;
        return (
          <fieldset key={section.id} className="procedures-section dossier-form__section">
            <legend className="procedures-section__title dossier-form__legend">{localized(section.title)}</legend>
            {fields.map((field) => (
              <FieldControl
                key={field.id}
                field={field}
                value={values[field.id]}
                errors={errors[field.id] ?? NO_ERRORS}
                disabled={disabled}
                onChange={(value) => onChange(field.id, value)}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

/** Moves the focus to the first invalid control inside `container` (after a refused submission). */
export function focusFirstError(container: HTMLElement | null): void {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return;
  const target = first.tagName === 'FIELDSET' ? (first.querySelector<HTMLElement>('input') ?? first) : first;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}
