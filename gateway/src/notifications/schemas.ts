import { z } from '@hono/zod-openapi';
import { LocalizedTextSchema } from '../registry/schemas.js';

/** Page sizes are bounded: the shell shows a short list and loads more on demand. */
export const MAX_PAGE_SIZE = 50;

export const NotificationSchema = z
  .object({
    id: z.string().openapi({ description: 'Opaque; also the cursor for the next page.', example: '42' }),
    title: LocalizedTextSchema,
    body: LocalizedTextSchema.optional(),
    link: z.string().optional().openapi({ description: 'A path in the portal to open.', example: '/m/feedback/reports/PA-2026-000123' }),
    createdAt: z.string().openapi({ example: '2026-11-30T03:40:00.000Z' }),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');

export const NotificationPageSchema = z
  .object({
    items: z.array(NotificationSchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `before` for older notifications; null on the last page.' }),
    unread: z.number().int(),
  })
  .openapi('NotificationPage');

export const UnreadCountSchema = z.object({ unread: z.number().int() }).openapi('UnreadCount');

export const NotificationListQuerySchema = z.object({
  limit: z.coerce
    .number({ error: `Give the page size as a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .int(`Give the page size as a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .min(1, `Give the page size as a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} notifications per page.`)
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 20 }),
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/, 'Use the nextCursor of the previous page.')
    .optional()
    .openapi({ param: { name: 'before', in: 'query' }, description: 'nextCursor of the previous page.' }),
});

export const NotificationParamsSchema = z.object({
  id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: '42' }),
});
