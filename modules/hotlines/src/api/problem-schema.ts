import { z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE } from '@portal/module-kit';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().openapi({ description: 'Messages per field.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

/** An OpenAPI response entry for a problem+json answer. */
export const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
