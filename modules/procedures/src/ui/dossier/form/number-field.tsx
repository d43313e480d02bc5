import { asText, inputAttributes, type FieldProps } from './field-props.js';
import { FieldShell, describedBy } from './field-shell.js';

/** A number; empty means no value (null), anything unreadable is kept as typed so the API can say why. */
export function NumberField({ field, value, errors, disabled, onChange }: FieldProps) {
  return (
    <FieldShell field={field} errors={errors}>
      <input
        {...inputAttributes(field, errors, describedBy(field, errors))}
        className="procedures-input"
        type="number"
        inputMode={field.integer ? 'numeric' : 'decimal'}
        step={field.integer ? 1 : 'any'}
        min={field.min}
        max={field.max}
        value={asText(value)}
        disabled={disabled}
        onChange={(event) => {
          const text = event.target.value.trim();
          const number = Number(text);
          onChange(text === '' ? null : Number.isFinite(number) ? number : text);
        }}
      />
    </FieldShell>
  );
}
