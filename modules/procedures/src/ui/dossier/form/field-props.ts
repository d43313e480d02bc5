import type { FormField, FormValues } from '../../../contract/form-schema.js';

type Value = FormValues[string];

/** What every field component receives. */
export interface FieldProps {
  field: FormField;
  value: Value | undefined;
  errors: readonly string[];
  disabled?: boolean;
  onChange: (value: Value) => void;
}

/** Common attributes of a field's input element. */
export function inputAttributes(field: FormField, errors: readonly string[], describedBy: string | undefined) {
  return {
    id: `dossier-field-${field.id}`,
    name: field.id,
    'aria-required': field.required || undefined,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
  } as const;
}

/** A value as the text of an input ('' for nothing). */
export const asText = (value: Value | undefined): string => (value === null || value === undefined || typeof value === 'boolean' ? '' : String(value));
