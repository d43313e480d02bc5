import { useLocalized } from '../../shared/format.js';
import type { FieldProps } from './field-props.js';
import { FieldNotes, RequiredMark, describedBy, fieldIds } from './field-shell.js';

/** One of the field's options as radio buttons, grouped under the field's label. */
export function RadioField({ field, value, errors, disabled, onChange }: FieldProps) {
  const localized = useLocalized();
  const ids = fieldIds(field);
  return (
    <fieldset
      id={ids.input}
      className={errors.length > 0 ? 'dossier-field dossier-field--invalid dossier-choices' : 'dossier-field dossier-choices'}
      aria-describedby={describedBy(field, errors)}
      aria-required={field.required || undefined}
      aria-invalid={errors.length > 0 || undefined}
      tabIndex={-1}
    >
      <legend className="dossier-field__label">
        {localized(field.label)}
        <RequiredMark required={field.required} />
      </legend>
      {(field.options ?? []).map((option) => (
        <label key={option.value} className="dossier-choice">
          <input
            type="radio"
            name={field.id}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <span>{localized(option.label)}</span>
        </label>
      ))}
      <FieldNotes field={field} errors={errors} />
    </fieldset>
  );
}
