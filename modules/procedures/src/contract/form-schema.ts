import { z } from '@hono/zod-openapi';

/**
 * The form of a procedure, declared as data (stored in procedures.form_schema), so a new procedure needs
 * no code: sections of typed fields with validation rules, pre-fill sources and conditions. The API
 * validates dossiers against it (domain/form-validation.ts) and the UI renders it (ui/form/).
 */

export const LocalizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).openapi('LocalizedText');
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const FIELD_TYPES = [
  'text', // one line; minLength/maxLength/pattern
  'textarea', // several lines; minLength/maxLength
  'number', // min/max/integer
  'date', // 'YYYY-MM-DD'; minDate/maxDate ('today' allowed)
  'select', // one of options
  'radio', // one of options, shown as radio buttons
  'checkbox', // boolean; required means it must be ticked (a declaration)
  'national_id', // 12 digits (CCCD)
  'tax_code', // 10 digits, or 10 + '-' + 3 for a branch
  'phone', // Vietnamese phone number: 0 + 9 digits, or +84 + 9 digits
  'email',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Where a field's first value comes from: the signed-in identity, or the enterprise of a business account. */
export const PREFILL_SOURCES = ['name', 'national_id', 'birthdate', 'address', 'org_name', 'org_tax_code'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export const FieldOptionSchema = z.object({ value: z.string().min(1), label: LocalizedTextSchema });

/** A field shows (and counts) only when another field of the form has one of these values. */
export const FieldConditionSchema = z.object({
  field: z.string(),
  /** Shown when the other field's value is one of these (a checkbox's value is true or false). */
  equals: z.array(z.union([z.string(), z.boolean(), z.number()])).min(1),
});

export const FormFieldSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    type: z.enum(FIELD_TYPES),
    label: LocalizedTextSchema,
    help: LocalizedTextSchema.optional(),
    required: z.boolean().default(false),
    prefill: z.enum(PREFILL_SOURCES).optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).optional(),
    /** A regular expression the whole value must match (text only), with the message shown when not. */
    pattern: z.string().optional(),
    patternMessage: LocalizedTextSchema.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** 'YYYY-MM-DD' or 'today'. */
    minDate: z.string().optional(),
    maxDate: z.string().optional(),
    options: z.array(FieldOptionSchema).optional(),
    visibleWhen: FieldConditionSchema.optional(),
  })
  .openapi('FormField');
export type FormField = z.infer<typeof FormFieldSchema>;

export const FormSectionSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  fields: z.array(FormFieldSchema).min(1),
});
export type FormSection = z.infer<typeof FormSectionSchema>;

export const FormDefinitionSchema = z.object({ sections: z.array(FormSectionSchema).min(1) }).openapi('FormDefinition');
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

/** The values of a dossier's form: field id → value (string, number or boolean; dates as 'YYYY-MM-DD'). */
export const FormValuesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).openapi('FormValues');
export type FormValues = z.infer<typeof FormValuesSchema>;

/** A document the applicant must (or may) attach. */
export const RequiredDocumentSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: LocalizedTextSchema,
    required: z.boolean(),
    /** Copies the counter asks for when the dossier is handed in on paper (bản chính / bản sao). */
    copies: z.number().int().min(1),
    /** Blank template (mẫu đơn, tờ khai) to download, if the procedure has one: GET …/templates/{id}.pdf. */
    template: LocalizedTextSchema.nullable(),
  })
  .openapi('RequiredDocument');
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;
