import type { FormDefinition, FormField, FormValues } from '../../contract/form-schema.js';
import { isFieldVisible } from '../form-validation.js';
import { vietnameseDate } from './vietnamese-date.js';

/**
 * The values of a dossier's form as "label: value" lines for its result document, labels from the
 * procedure's own form (so a new procedure needs no code here either). Left out: hidden fields (their
 * condition is not met), empty ones, checkboxes (declarations such as "I certify…", not content), contact
 * details (phone, email: how to reach the applicant, not what was decided), and values the document
 * already prints elsewhere (`printed`, e.g. the applicant's name and id number).
 */

export interface FormLine {
  label: string;
  value: string;
}

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function formatValue(field: FormField, value: string | number | boolean): string {
  if (field.type === 'date' && typeof value === 'string') return vietnameseDate(value);
  if (field.type === 'number' && typeof value === 'number') return NUMBER_FORMAT.format(value);
  if (field.type === 'select' || field.type === 'radio') {
    const option = field.options?.find((candidate) => candidate.value === String(value));
    return option ? option.label.vi : String(value);
  }
  return String(value).trim();
}

const NOT_CONTENT: ReadonlySet<FormField['type']> = new Set(['checkbox', 'phone', 'email']);

export function formLines(form: FormDefinition, values: FormValues, printed: readonly string[] = []): FormLine[] {
  const already = new Set(printed.map((value) => value.trim().toLowerCase()));
  const lines: FormLine[] = [];
  for (const field of form.sections.flatMap((section) => section.fields)) {
    if (NOT_CONTENT.has(field.type) || !isFieldVisible(field, values)) continue;
    const value = values[field.id];
    if (value === undefined || value === null || value === '') continue;
    const text = formatValue(field, value);
    if (text && !already.has(text.toLowerCase())) lines.push({ label: field.label.vi, value: text });
  }
  return lines;
}
