import type { ProblemError } from '@portal/module-kit';
import { outsideProvince } from '../writes/problems.js';
import type { Lang } from './http.js';

/**
 * 422 '/problems/outside-province' in the caller's language. One wording for GET /place and POST /reports
 * (it lives with the other problems in writes/problems.ts).
 */
export function outsideProvinceProblem(lang: Lang): ProblemError {
  return outsideProvince(lang);
}
