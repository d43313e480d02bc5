import { z } from '@hono/zod-openapi';

/** The roles that make an account someone a case can be handed to (cán bộ, lãnh đạo đơn vị). */
export const STAFF_ROLES = ['officer', 'unit_lead'] as const;

export const OfficerSchema = z
  .object({
    sub: z.string().openapi({ description: 'The account id: what case handlers and notifications address.', example: '3f1c2a9e-0b7d-5c4e-8a21-6d9f0e4b7c13' }),
    name: z.string().openapi({ example: 'Điêu Thị Phương' }),
    roles: z.array(z.enum(STAFF_ROLES)).openapi({ example: ['officer'] }),
  })
  .openapi('Officer');

export const OfficerListSchema = z.array(OfficerSchema).openapi('OfficerList');

export const OfficersQuerySchema = z.object({
  unit: z
    .string({ error: 'Name the unit, e.g. ?unit=bp-mot-cua-tp-dbp.' })
    .min(1, 'Name the unit, e.g. ?unit=bp-mot-cua-tp-dbp.')
    .max(100, 'A unit id has at most 100 characters.')
    .openapi({ param: { name: 'unit', in: 'query' }, example: 'bp-mot-cua-tp-dbp' }),
});

export type Officer = z.infer<typeof OfficerSchema>;
