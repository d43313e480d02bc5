import { z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/** RFC 9457 problem details as an OpenAPI component (one "Problem" schema for the whole portal). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().openapi({ description: 'Messages per field.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

/**
 * A problem+json entry for createRoute's `responses`.
 * @example responses: { 200: {...}, 404: problemContent('Unknown facility') }
 */
export function problemContent(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
}
