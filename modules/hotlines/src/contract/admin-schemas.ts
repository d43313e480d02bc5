import { z } from '@hono/zod-openapi';
import { HOTLINE_KINDS } from './hotline.js';
import { CoordinatesSchema, HotlineSchema } from './schemas.js';

/** Zod schemas of the admin API (create, update, delete, audit); they also generate its OpenAPI document. */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHONE = /^\+?[0-9 .()-]+$/;

const text = (max: number) =>
  z.string({ error: 'Write some text.' }).trim().min(1, 'Write some text.').max(max, `Use at most ${max} characters.`);

/** Vietnamese is required; English may be left out and then shows the Vietnamese text. */
const LocalizedInputSchema = (max: number) => z.strictObject({ vi: text(max), en: text(max).optional() });

const numberSchema = z
  .string({ error: 'Write the phone number.' })
  .trim()
  .regex(PHONE, 'Use digits, spaces, dots, dashes or brackets, e.g. 0215 3825 115.')
  .refine((value) => /^\+?[0-9]{3,15}$/.test(dialable(value)), 'A phone number has 3 to 15 digits.')
  .openapi({ example: '0215 3825 115', description: 'As people write it; the dialable `tel` form is derived.' });

/** The dialable form of a written number: digits only, a leading + kept. */
export function dialable(number: string): string {
  const digits = number.replace(/[^0-9]/g, '');
  return number.trim().startsWith('+') ? `+${digits}` : digits;
}

/** Fields an admin sets; all present on a create, any of them on an update. */
const editableFields = {
  kind: z.enum(HOTLINE_KINDS, { error: `Use one of: ${HOTLINE_KINDS.join(', ')}.` }),
  name: LocalizedInputSchema(200),
  number: numberSchema,
  description: LocalizedInputSchema(500).nullable(),
  unit: LocalizedInputSchema(200).nullable(),
  address: text(300).nullable(),
  location: CoordinatesSchema.nullable(),
  open24h: z.boolean({ error: 'Use true or false.' }),
  hours: LocalizedInputSchema(200).nullable(),
  displayOrder: z.number({ error: 'Use a whole number.' }).int('Use a whole number.').min(0, 'Use 0 or more.').max(1_000_000, 'Use at most 1000000.'),
};

export const FacilityCreateSchema = z
  .strictObject({
    id: z
      .string()
      .min(3, 'Use 3 to 100 characters.')
      .max(100, 'Use 3 to 100 characters.')
      .regex(SLUG, 'Use lower-case letters, digits and single dashes, e.g. muong-nhe-health-center.')
      .optional()
      .openapi({ description: 'Stable slug; made from the Vietnamese name when left out.' }),
    kind: editableFields.kind,
    name: editableFields.name,
    number: editableFields.number,
    description: editableFields.description.optional(),
    unit: editableFields.unit.optional(),
    address: editableFields.address.optional(),
    location: editableFields.location.optional(),
    open24h: editableFields.open24h.default(false),
    hours: editableFields.hours.optional(),
    displayOrder: editableFields.displayOrder.optional().openapi({ description: 'Default: after the last local line.' }),
  })
  .openapi('FacilityCreate');

export const FacilityUpdateSchema = z
  .strictObject({
    version: z
      .number({ error: 'Send the version you read.' })
      .int('Send the version you read.')
      .min(1, 'Send the version you read.')
      .openapi({ description: 'The `version` of the line as you read it; a newer one on the server makes this a 409.' }),
    kind: editableFields.kind.optional(),
    name: editableFields.name.optional(),
    number: editableFields.number.optional(),
    description: editableFields.description.optional(),
    unit: editableFields.unit.optional(),
    address: editableFields.address.optional(),
    location: editableFields.location.optional(),
    open24h: editableFields.open24h.optional(),
    hours: editableFields.hours.optional(),
    displayOrder: editableFields.displayOrder.optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), {
    message: 'Change at least one field besides version.',
    path: ['_'],
  })
  .openapi('FacilityUpdate', { description: 'Only the fields sent change; null clears an optional field.' });

export const ManagedFacilitySchema = HotlineSchema.extend({
  version: z.number().int().openapi({ description: 'Send it back with an update.' }),
  updatedAt: z.string().openapi({ format: 'date-time' }),
}).openapi('ManagedFacility');

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(8, 'Use 8 to 200 visible ASCII characters, e.g. a UUID.')
    .max(200, 'Use 8 to 200 visible ASCII characters, e.g. a UUID.')
    .regex(/^[\x21-\x7E]+$/, 'Use 8 to 200 visible ASCII characters, e.g. a UUID.')
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: 'A retry with the same key and body answers the first result and creates nothing; kept 24 h.',
      example: '9b2f6a4e-1c1f-4d55-9a43-2f4d2b1e7c10',
    }),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    actor: z.object({ sub: z.string(), name: z.string().nullable() }),
    action: z.enum(['create', 'update', 'delete']),
    lineId: z.string(),
    before: ManagedFacilitySchema.nullable().openapi({ description: 'Null for a create.' }),
    after: ManagedFacilitySchema.nullable().openapi({ description: 'Null for a delete.' }),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .openapi('AuditPage');

export const AuditQuerySchema = z.object({
  page: z.coerce.number({ error: 'Use a whole number from 1.' }).int('Use a whole number from 1.').min(1, 'Use a whole number from 1.').default(1),
  pageSize: z.coerce
    .number({ error: 'Use a whole number from 1 to 100.' })
    .int('Use a whole number from 1 to 100.')
    .min(1, 'Use a whole number from 1 to 100.')
    .max(100, 'Use a whole number from 1 to 100.')
    .default(50),
  lineId: z.string().max(100).optional().openapi({ description: 'Only the entries about this line.' }),
});

export type FacilityCreate = z.infer<typeof FacilityCreateSchema>;
export type FacilityUpdate = z.infer<typeof FacilityUpdateSchema>;
export type ManagedFacility = z.infer<typeof ManagedFacilitySchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
