import type { OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, ModuleContext } from '@portal/module-kit';
import { agencies, fields, procedures } from '../../db/schema.js';
import { CATALOG_CACHE, preferredLanguage } from '../http.js';
import { procedureNotFound } from '../problems.js';
import { SUMMARY_COLUMNS, toAgency, toProcedureDetail, toProcedureSummary } from './catalog-rows.js';
import { agenciesRoute, CATALOG_PAGE_DEFAULT, catalogRoute, fieldsRoute, procedureRoute } from './routes.js';
import { catalogConditions, catalogOrder } from './search.js';

/**
 * The public catalog: fields, agencies, search and one procedure. Nothing here depends on the caller, so
 * every answer may be cached by browsers and shared caches for five minutes.
 */
export function registerCatalogRoutes(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(fieldsRoute, async (c) => {
    const rows = await db
      .select({ id: fields.id, nameVi: fields.nameVi, nameEn: fields.nameEn, procedureCount: count(procedures.id) })
      .from(fields)
      .leftJoin(procedures, and(eq(procedures.fieldId, fields.id), eq(procedures.active, true)))
      .groupBy(fields.id)
      .orderBy(asc(fields.displayOrder), asc(fields.nameVi));
    c.header('Cache-Control', CATALOG_CACHE);
    return c.json(rows.map((row) => ({ id: row.id, name: { vi: row.nameVi, en: row.nameEn }, procedureCount: Number(row.procedureCount) })), 200);
  });

  api.openapi(agenciesRoute, async (c) => {
    const levelOrder = sql`case ${agencies.level} when 'province' then 0 when 'district' then 1 else 2 end`;
    const rows = await db.select().from(agencies).orderBy(asc(levelOrder), asc(agencies.codePrefix));
    c.header('Cache-Control', CATALOG_CACHE);
    return c.json(rows.map(toAgency), 200);
  });

  api.openapi(catalogRoute, async (c) => {
    const query = c.req.valid('query');
    const where = and(...catalogConditions(query));
    // Only the summary's columns (not the forms), and the total in the same scan with a window count.
    const rows = await db
      .select({
        procedure: SUMMARY_COLUMNS,
        field: { id: fields.id, nameVi: fields.nameVi, nameEn: fields.nameEn },
        agency: { id: agencies.id, nameVi: agencies.nameVi, nameEn: agencies.nameEn },
        total: sql<string>`count(*) over ()`,
      })
      .from(procedures)
      .innerJoin(fields, eq(fields.id, procedures.fieldId))
      .innerJoin(agencies, eq(agencies.id, procedures.agencyId))
      .where(where)
      .orderBy(...catalogOrder(query))
      .limit(query.limit ?? CATALOG_PAGE_DEFAULT)
      .offset(query.offset ?? 0);
    const total = rows[0] ? Number(rows[0].total) : await countPastTheEnd(db, where, query.offset ?? 0);
    c.header('Cache-Control', CATALOG_CACHE);
    return c.json({ items: rows.map((row) => toProcedureSummary(row.procedure, row.field, row.agency)), total }, 200);
  });

  api.openapi(procedureRoute, async (c) => {
    const { procedureId } = c.req.valid('param');
    const [row] = await db
      .select({ procedure: procedures, field: { id: fields.id, nameVi: fields.nameVi, nameEn: fields.nameEn }, agency: agencies })
      .from(procedures)
      .innerJoin(fields, eq(fields.id, procedures.fieldId))
      .innerJoin(agencies, eq(agencies.id, procedures.agencyId))
      .where(and(eq(procedures.id, procedureId), eq(procedures.active, true)))
      .limit(1);
    if (!row) throw procedureNotFound(preferredLanguage(c));
    c.header('Cache-Control', CATALOG_CACHE);
    return c.json(toProcedureDetail(row.procedure, row.field, row.agency), 200);
  });
}

/** A page past the end has no row to carry the window count: count apart only then (an empty first page is 0). */
async function countPastTheEnd(db: Db, where: SQL | undefined, offset: number): Promise<number> {
  if (offset === 0) return 0;
  const [row] = await db.select({ n: count() }).from(procedures).where(where);
  return Number(row?.n ?? 0);
}
