import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { fieldProblem, type Caller, type Db } from '@portal/module-kit';
import { PAGE_SIZE_DEFAULT, type DossierStatus } from '../../contract/domain.js';
import type { z } from '@hono/zod-openapi';
import type { DossierPageSchema } from '../../contract/schemas.js';
import { agencies, dossiers, procedures } from '../../db/schema.js';
import type { Lang } from '../http.js';
import { SUMMARY_COLUMNS, summaryJoins, toDossierSummary } from './summary.js';

type DossierPage = z.infer<typeof DossierPageSchema>;

/**
 * Keyset cursor over (updated_at, id), newest first. The timestamp travels as PostgreSQL's own text so its
 * microseconds survive (a JS Date would drop them and repeat or skip rows).
 */
const encode = (updatedAt: string, id: string) => Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decode(text: string, lang: Lang): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && TIMESTAMP.test(String(value[0])) && UUID.test(String(value[1]))) {
      return [String(value[0]), String(value[1])];
    }
  } catch {
    // falls through to the problem below
  }
  throw fieldProblem('cursor', { vi: 'Con trỏ trang không hợp lệ; tải lại từ trang đầu.', en: 'Not a cursor of this list; start again from the first page.' }, lang);
}

/** The caller's dossiers: those they started and, for a business account, every dossier of their enterprise. */
export function applicantSideOf(caller: Caller): SQL {
  const mine = eq(dossiers.applicantSub, caller.sub);
  if (!caller.roles.has('business') || !caller.org) return mine;
  return or(mine, and(eq(dossiers.applicantType, 'business'), eq(dossiers.orgTaxCode, caller.org.taxCode)))!;
}

export async function listDossiers(
  db: Db,
  caller: Caller,
  query: { status?: DossierStatus | undefined; cursor?: string | undefined; limit?: number | undefined },
  lang: Lang,
  now: Date = new Date(),
): Promise<DossierPage> {
  const limit = query.limit ?? PAGE_SIZE_DEFAULT;
  const conditions: SQL[] = [applicantSideOf(caller)];
  if (query.status) conditions.push(eq(dossiers.status, query.status));
  if (query.cursor) {
    const [updatedAt, id] = decode(query.cursor, lang);
    conditions.push(sql`(${dossiers.updatedAt}, ${dossiers.id}) < (${updatedAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select({ ...SUMMARY_COLUMNS, cursorAt: sql<string>`${dossiers.updatedAt}::text` })
    .from(dossiers)
    .innerJoin(procedures, summaryJoins.procedures)
    .innerJoin(agencies, summaryJoins.agencies)
    .where(and(...conditions))
    .orderBy(desc(dossiers.updatedAt), desc(dossiers.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toDossierSummary(row, now)),
    nextCursor: rows.length > limit && last ? encode(last.cursorAt, last.dossier.id) : null,
  };
}
