import type { Caller } from '@portal/module-kit';
import type { FormDefinition, FormField, FormValues, PrefillSource } from '../contract/form-schema.js';
import { formMessages, type FormMessages } from './form-messages.js';

/**
 * Checks a dossier's form values against the procedure's own form (forms are data: contract/form-schema.ts).
 * - draft mode: only what could never become valid is refused (wrong type, too long), so a half-filled
 *   form can be saved; missing required fields are fine.
 * - submit mode: every rule (required, pattern, lengths, min/max, date range, options, formats).
 * Hidden fields (visibleWhen false) and fields the form does not declare are dropped from `values`, so
 * what is stored is exactly what the form shows. Error keys are field ids, messages in `lang`.
 */

export type FormLang = 'vi' | 'en';
export interface ValidateOptions {
  lang: FormLang;
  mode: 'draft' | 'submit';
  /** The Vietnam day 'YYYY-MM-DD' that 'today' in minDate/maxDate stands for. */
  today: string;
}
export interface ValidationResult {
  values: FormValues;
  errors: Record<string, string[]>;
}
type Value = FormValues[string];

/** Caps for fields that declare no maxLength: nobody types more in one field, and storage stays bounded. */
const DEFAULT_MAX_LENGTH: Partial<Record<FormField['type'], number>> = { text: 500, textarea: 5000, email: 254 };

const FORMATS: Partial<Record<FormField['type'], RegExp>> = {
  national_id: /^\d{12}$/,
  tax_code: /^\d{10}(-\d{3})?$/,
  phone: /^(0\d{9}|\+84\d{9})$/,
  email: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
};

export function formFields(form: FormDefinition): FormField[] {
  return form.sections.flatMap((section) => section.fields);
}

/** Whether a field shows, given the values of the form (a field without a condition always shows). */
export function isFieldVisible(field: FormField, values: FormValues): boolean {
  if (!field.visibleWhen) return true;
  const other = values[field.visibleWhen.field];
  if (other === undefined || other === null || other === '') return false;
  return field.visibleWhen.equals.some((expected) => expected === other || String(expected) === String(other));
}

export function validateForm(form: FormDefinition, input: FormValues, options: ValidateOptions): ValidationResult {
  const messages = formMessages(options.lang);
  const fields = formFields(form);
  const errors: Record<string, string[]> = {};
  const typed: FormValues = {};
  for (const field of fields) {
    const raw = input[field.id];
    if (raw === undefined || raw === null || isBlank(raw)) continue;
    const normalized = normalize(field, raw);
    if (normalized === undefined) {
      errors[field.id] = [messages.type(field)];
      typed[field.id] = raw;
    } else typed[field.id] = normalized;
  }
  const visible = visibleFields(fields, typed);
  const values: FormValues = {};
  for (const field of fields) {
    const value = typed[field.id] ?? undefined; // never null: empty values were left out above
    if (!visible.has(field.id)) {
      delete errors[field.id]; // a hidden field is neither stored nor judged
      continue;
    }
    if (errors[field.id]) continue;
    const problems = value === undefined ? missing(field, options, messages) : check(field, value, options, messages);
    if (problems.length > 0) errors[field.id] = problems;
    else if (value !== undefined) values[field.id] = value;
  }
  return { values, errors };
}

/**
 * The fields that show. A condition on a hidden field is false (hiding cascades), so this repeats until
 * nothing changes; conditions may name fields declared before or after.
 */
function visibleFields(fields: FormField[], values: FormValues): Set<string> {
  let shown = new Set(fields.map((field) => field.id));
  for (let round = 0; round <= fields.length; round += 1) {
    const seen: FormValues = Object.fromEntries(Object.entries(values).filter(([id]) => shown.has(id)));
    const next = new Set(fields.filter((field) => isFieldVisible(field, seen)).map((field) => field.id));
    if (next.size === shown.size) return next;
    shown = next;
  }
  return shown;
}

function isBlank(value: Exclude<Value, null>): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** The value in the field's own type (trimmed text, a number, a boolean), or undefined if it has another type. */
function normalize(field: FormField, raw: Exclude<Value, null>): Value | undefined {
  switch (field.type) {
    case 'number': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      return Number.isFinite(number) ? number : undefined;
    }
    case 'checkbox':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw.trim()) ? raw.trim() : undefined;
    case 'phone':
      return typeof raw === 'string' ? raw.replace(/[\s.-]/g, '') : undefined;
    case 'email':
      return typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
    default:
      // NFC: some Vietnamese keyboards send decomposed letters; stored text and patterns then agree.
      return typeof raw === 'string' ? raw.trim().normalize('NFC') : undefined;
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function missing(field: FormField, options: ValidateOptions, messages: FormMessages): string[] {
  if (options.mode === 'draft' || !field.required) return [];
  return [field.type === 'checkbox' ? messages.mustTick(field) : messages.required(field)];
}

function check(field: FormField, value: Exclude<Value, null>, options: ValidateOptions, messages: FormMessages): string[] {
  const problems: string[] = [];
  if (typeof value === 'string') {
    const maxLength = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
    const length = [...value].length;
    if (maxLength !== undefined && length > maxLength) problems.push(messages.maxLength(maxLength));
    if (options.mode === 'draft') return problems;
    if (field.minLength !== undefined && length < field.minLength) problems.push(messages.minLength(field.minLength));
    const format = FORMATS[field.type];
    if (format && !format.test(value)) problems.push(messages.format(field.type));
    if (field.pattern && !matchesPattern(field.pattern, value)) {
      problems.push(field.patternMessage ? field.patternMessage[options.lang] : messages.pattern);
    }
    if ((field.type === 'select' || field.type === 'radio') && !(field.options ?? []).some((option) => option.value === value)) {
      problems.push(messages.option(field));
    }
    if (field.type === 'date') problems.push(...dateRange(field, value, options.today, messages));
  }
  if (options.mode === 'draft') return problems;
  if (typeof value === 'number') {
    if (field.integer && !Number.isInteger(value)) problems.push(messages.integer);
    if (field.min !== undefined && value < field.min) problems.push(messages.min(field.min));
    if (field.max !== undefined && value > field.max) problems.push(messages.max(field.max));
  }
  if (field.type === 'checkbox' && field.required && value !== true) problems.push(messages.mustTick(field));
  return problems;
}

/**
 * Whether the whole value matches the field's pattern. A pattern that does not compile is an operator's
 * mistake in the catalog, not the applicant's: it is skipped rather than answered with a 500 or a refusal.
 */
function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return true;
  }
}

function dateRange(field: FormField, value: string, today: string, messages: FormMessages): string[] {
  const resolve = (bound: string) => (bound === 'today' ? today : bound);
  if (field.minDate && value < resolve(field.minDate)) return [messages.minDate(resolve(field.minDate), field.minDate === 'today')];
  if (field.maxDate && value > resolve(field.maxDate)) return [messages.maxDate(resolve(field.maxDate), field.maxDate === 'today')];
  return [];
}

/** The first values of a new dossier's form, from the signed-in identity (and the enterprise of a business account). */
export function prefillValues(form: FormDefinition, caller: Caller): FormValues {
  const sources: Record<PrefillSource, string | undefined> = {
    name: caller.name,
    national_id: caller.nationalId,
    birthdate: caller.birthdate,
    address: caller.address,
    org_name: caller.org?.name,
    org_tax_code: caller.org?.taxCode,
  };
  const values: FormValues = {};
  for (const field of formFields(form)) {
    const value = field.prefill ? sources[field.prefill] : undefined;
    if (value) values[field.id] = value;
  }
  return values;
}
