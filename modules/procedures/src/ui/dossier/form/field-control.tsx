import type { FieldType } from '../../../contract/form-schema.js';
import type { ComponentType } from 'react';
import { CheckboxField } from './checkbox-field.js';
import { DateField } from './date-field.js';
import type { FieldProps } from './field-props.js';
import { NumberField } from './number-field.js';
import { RadioField } from './radio-field.js';
import { SelectField } from './select-field.js';
import { TextField } from './text-field.js';
import { TextareaField } from './textarea-field.js';

/** The component of each field type (a new type in the schema needs one here, and the compiler says so). */
const COMPONENTS: Record<FieldType, ComponentType<FieldProps>> = {
  text: TextField,
  textarea: TextareaField,
  number: NumberField,
  date: DateField,
  select: SelectField,
  radio: RadioField,
  checkbox: CheckboxField,
  national_id: TextField,
  tax_code: TextField,
  phone: TextField,
  email: TextField,
};

/** Renders one field with the component of its type. */
export function FieldControl(props: FieldProps) {
  const Component = COMPONENTS[props.field.type];
  return <Component {...props} />;
}
