import { asText, inputAttributes, type FieldProps } from './field-props.js';
import { FieldShell, describedBy } from './field-shell.js';

/** Several lines of text. */
export function TextareaField({ field, value, errors, disabled, onChange }: FieldProps) {
  return (
    <FieldShell field={field} errors={errors}>
      <textarea
        {...inputAttributes(field, errors, describedBy(field, errors))}
        className="procedures-input"
        rows={4}
        maxLength={field.maxLength}
        value={asText(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
