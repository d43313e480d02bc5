import { arrayContains, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { FOLD_FROM, FOLD_TO, foldForSearch } from '@portal/module-kit';
import type { z } from '@hono/zod-openapi';
import type { CatalogQuerySchema } from '../../contract/schemas.js';
import { procedures } from '../../db/schema.js';

/**
 * Catalog search: case and Vietnamese diacritics are ignored ("dang ky khai sinh" finds "Đăng ký khai
 * sinh"), every word must start a word of the Vietnamese or English name or occur in the national code, and
 * the filters combine. Names are folded in SQL with the same letter table as foldForSearch, punctuation
 * turned into spaces so "(khi" and "văn bản," still start words. The catalog is a few thousand rows at most,
 * so a scan of the active procedures is cheap; no folded column is stored.
 */

export type CatalogQuery = z.infer<typeof CatalogQuerySchema>;

/** At most this many words count: a pasted paragraph must not become a huge query. */
const MAX_WORDS = 8;

const foldedWords = (column: AnyColumn) =>
  sql`' ' || regexp_replace(lower(translate(${column}, ${FOLD_FROM}, ${FOLD_TO})), '[^a-z0-9]+', ' ', 'g')`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The words of a query, folded; dots stay inside a word so codes like "1.001193" remain one word. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return foldForSearch(q)
    .split(/[^a-z0-9.]+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

export function catalogConditions(query: CatalogQuery): SQL[] {
  const conditions: SQL[] = [eq(procedures.active, true)];
  if (query.field) conditions.push(eq(procedures.fieldId, query.field));
  if (query.agency) conditions.push(eq(procedures.agencyId, query.agency));
  if (query.level) conditions.push(eq(procedures.level, query.level));
  if (query.onlineLevel) conditions.push(eq(procedures.onlineLevel, query.onlineLevel));
  if (query.applicant) conditions.push(arrayContains(procedures.applicantTypes, [query.applicant]));
  for (const word of queryWords(query.q)) {
    const startsWord = `% ${escapeLike(word)}%`;
    conditions.push(
      sql`(${foldedWords(procedures.nameVi)} like ${startsWord} escape '\\' or ${foldedWords(procedures.nameEn)} like ${startsWord} escape '\\' or ${procedures.code} like ${`%${escapeLike(word)}%`} escape '\\')`,
    );
  }
  return conditions;
}

/**
 * Most relevant first: the exact code, then names that start with the query, then the catalog's display
 * order (most asked-for first).
 */
export function catalogOrder(query: CatalogQuery): SQL[] {
  const words = queryWords(query.q);
  if (words.length === 0) return [asc(procedures.displayOrder), asc(procedures.nameVi)];
  const phrase = `${escapeLike(words.join(' '))}%`;
  const rank = sql`case
    when ${procedures.code} = ${words[0]} then 0
    when ${foldedWords(procedures.nameVi)} like ${` ${phrase}`} escape '\\' then 1
    else 2 end`;
  return [asc(rank), asc(procedures.displayOrder), asc(procedures.nameVi)];
}

