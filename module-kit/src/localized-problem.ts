import type { Context } from 'hono';
import type { LocalizedText } from './contract.js';
import { ProblemError, type Problem } from './problem.js';

/** The two languages a module's API answers in: Vietnamese first (the default), English second. */
export type Lang = 'vi' | 'en';

/** The language for problem details: English when the client prefers it, Vietnamese otherwise (the default). */
export function preferredLanguage(c: Context): Lang {
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/**
 * A problem+json error whose `title` and `detail` are given in both languages and answered in `lang`.
 * `extra` adds members (e.g. `errors`, `allowed`); `headers` go on the answer (e.g. Cache-Control, Retry-After).
 */
export function localizedProblem(
  status: number,
  type: string,
  title: LocalizedText,
  detail: LocalizedText,
  lang: Lang,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): ProblemError {
  return new ProblemError({ type, title: title[lang], status, detail: detail[lang], ...extra } as Problem, headers);
}
