import { asText, inputAttributes, type FieldProps } from './field-props.js';
import { FieldShell, describedBy } from './field-shell.js';

/** Today in Vietnam as 'YYYY-MM-DD' (the forms' "today" bound is the Vietnamese calendar day). */
export function vietnamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const bound = (value: string | undefined) => (value === 'today' ? vietnamToday() : value);

/** A calendar date, kept as 'YYYY-MM-DD'. */
export function DateField({ field, value, errors, disabled, onChange }: FieldProps) {
  return (
    <FieldShell field={field} errors={errors}>
      <input
        {...inputAttributes(field, errors, describedBy(field, errors))}
        className="procedures-input"
        type="date"
        min={bound(field.minDate)}
        max={bound(field.maxDate)}
        value={asText(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
    </FieldShell>
  );
}
