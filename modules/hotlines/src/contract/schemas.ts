import { z } from '@hono/zod-openapi';
import { FACILITY_PAGE_SIZE, HOTLINE_KINDS, HOTLINE_SCOPES } from './hotline.js';

/** Zod schemas of the hotlines API: they validate requests and generate its OpenAPI document. */

export const LocalizedTextSchema = z
  .object({ vi: z.string(), en: z.string() })
  .openapi('LocalizedText', { description: 'Vietnamese first (with full diacritics), English second.' });

export const CoordinatesSchema = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .openapi('Coordinates');

export const HotlineSchema = z
  .object({
    id: z.string().openapi({ example: 'dien-bien-provincial-hospital', description: 'Stable slug.' }),
    scope: z.enum(HOTLINE_SCOPES),
    kind: z.enum(HOTLINE_KINDS),
    name: LocalizedTextSchema,
    number: z.string().openapi({ example: '0215 3825 115', description: 'The number as people write it.' }),
    tel: z.string().openapi({ example: '02153825115', description: 'Dialable form for a tel: link.' }),
    description: LocalizedTextSchema.nullable().openapi({ description: 'What to call it for.' }),
    unit: LocalizedTextSchema.nullable().openapi({ description: 'The unit (đơn vị) running the line.' }),
    address: z.string().nullable().openapi({ description: 'Postal address in Vietnamese.' }),
    location: CoordinatesSchema.nullable(),
    open24h: z.boolean().openapi({ description: 'Answered around the clock (24/7).' }),
    hours: LocalizedTextSchema.nullable().openapi({ description: 'Opening hours when not 24/7.' }),
    displayOrder: z.number().int(),
  })
  .openapi('Hotline');

export const FacilitySchema = HotlineSchema.extend({
  distanceMeters: z
    .number()
    .int()
    .nullable()
    .optional()
    .openapi({ description: 'Great-circle distance from `near`; only when `near` was given, null without coordinates.' }),
}).openapi('Facility');

export const EmergencyListSchema = z.object({ items: z.array(HotlineSchema) }).openapi('EmergencyList');

export const FacilityPageSchema = z
  .object({
    items: z.array(FacilitySchema),
    total: z.number().int().openapi({ description: 'Matching items over all pages.' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('FacilityPage');

const NEAR_PATTERN = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/;

/** Parses a `near` value ("lat,lng"); undefined when it is not a valid point. */
export function parseNear(value: string): { lat: number; lng: number } | undefined {
  const match = NEAR_PATTERN.exec(value.replace(/\s+/g, ''));
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}

export const FacilityQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, 'Use at most 100 characters.')
    .optional()
    .openapi({ description: 'Words to find in names, unit and address; case and diacritics are ignored.', example: 'benh vien' }),
  kind: z.enum(HOTLINE_KINDS, { error: `Use one of: ${HOTLINE_KINDS.join(', ')}.` }).optional(),
  near: z
    .string()
    .refine((value) => parseNear(value) !== undefined, 'Use "lat,lng" in decimal degrees, e.g. 21.386,103.017.')
    .optional()
    .openapi({ description: 'Sort by distance from this point and return distanceMeters.', example: '21.386,103.017' }),
  page: z.coerce
    .number({ error: 'Use a whole number from 1.' })
    .int('Use a whole number from 1.')
    .min(1, 'Use a whole number from 1.')
    .default(1),
  pageSize: z.coerce
    .number({ error: `Use a whole number from 1 to ${FACILITY_PAGE_SIZE.max}.` })
    .int(`Use a whole number from 1 to ${FACILITY_PAGE_SIZE.max}.`)
    .min(1, `Use a whole number from 1 to ${FACILITY_PAGE_SIZE.max}.`)
    .max(FACILITY_PAGE_SIZE.max, `Use a whole number from 1 to ${FACILITY_PAGE_SIZE.max}.`)
    .default(FACILITY_PAGE_SIZE.default),
});

export const FacilityParamsSchema = z.object({
  id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'dien-bien-provincial-hospital' }),
});

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Coordinates = z.infer<typeof CoordinatesSchema>;
export type Hotline = z.infer<typeof HotlineSchema>;
export type Facility = z.infer<typeof FacilitySchema>;
export type EmergencyList = z.infer<typeof EmergencyListSchema>;
export type FacilityPage = z.infer<typeof FacilityPageSchema>;
export type FacilityQuery = z.infer<typeof FacilityQuerySchema>;
