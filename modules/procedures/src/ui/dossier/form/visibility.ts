import type { FormDefinition, FormField, FormValues } from '../../../contract/form-schema.js';

/*
 * Which fields show, exactly as the server decides it (domain/form-validation.ts): the server drops
 * hidden fields and checks only visible ones, so the UI must hide and show the same ones. Copied rather
 * than imported so that the browser bundle never pulls server code in.
 */

/** A field shows when it has no condition, or the other field has one of the listed values (blank never matches). */
export function isFieldVisible(field: FormField, values: FormValues): boolean {
  if (!field.visibleWhen) return true;
  const other = values[field.visibleWhen.field];
  if (other === undefined || other === null || other === '') return false;
  return field.visibleWhen.equals.some((expected) => expected === other || String(expected) === String(other));
}

/** The fields of the whole form, in order. */
export const allFields = (form: FormDefinition): FormField[] => form.sections.flatMap((section) => section.fields);

/** The ids of the fields that show: a condition on a hidden field is false, so hiding cascades. */
export function visibleFieldIds(form: FormDefinition, values: FormValues): Set<string> {
  const fields = allFields(form);
  let shown = new Set(fields.map((field) => field.id));
  for (let round = 0; round <= fields.length; round += 1) {
    const seen: FormValues = Object.fromEntries(Object.entries(values).filter(([id]) => shown.has(id)));
    const next = new Set(fields.filter((field) => isFieldVisible(field, seen)).map((field) => field.id));
    if (next.size === shown.size) return next;
    shown = next;
  }
  return shown;
}
