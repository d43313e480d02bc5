import type { HTMLAttributes } from 'react';
import type { FieldType } from '../../../contract/form-schema.js';
import { asText, inputAttributes, type FieldProps } from './field-props.js';
import { FieldShell, describedBy } from './field-shell.js';

type TextLike = Extract<FieldType, 'text' | 'national_id' | 'tax_code' | 'phone' | 'email'>;

/** The keyboard and autofill each one-line type gets on a phone. */
const INPUTS: Record<TextLike, { type: string; inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']; autoComplete?: string; maxLength?: number }> = {
  text: { type: 'text' },
  national_id: { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 12 },
  tax_code: { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 14 },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
};

/** One line of text: plain text, a CCCD number, a tax code, a phone number or an e-mail address. */
export function TextField({ field, value, errors, disabled, onChange }: FieldProps) {
  const input = INPUTS[field.type as TextLike] ?? INPUTS.text;
  return (
    <FieldShell field={field} errors={errors}>
      <input
        {...inputAttributes(field, errors, describedBy(field, errors))}
        className="procedures-input"
        type={input.type}
        inputMode={input.inputMode}
        autoComplete={input.autoComplete}
        maxLength={field.maxLength ?? input.maxLength}
        value={asText(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
