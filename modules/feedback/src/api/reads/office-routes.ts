import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  FOLD_FROM,
  FOLD_TO,
  containsPattern,
  getCaller,
  problemContent,
  ProblemError,
  requireAuth,
  requireRole,
  type Caller,
  type ModuleContext,
} from '@portal/module-kit';
import { INBOX_BUCKETS, REPORT_CODE_PATTERN } from '../../contract/domain.js';
import { AuditEntrySchema, InboxCountsSchema, InboxQuerySchema, ReportPageSchema, type InboxCounts } from '../../contract/schemas.js';
import { auditLog, reports } from '../../db/schema.js';
import { decodeCursor } from './cursor.js';
import { PRIVATE_CACHE } from './http.js';
import { bucketCondition, dueSoonLimit } from './inbox-buckets.js';
import { afterCursor, reportPage, selectReports } from './report-rows.js';
import { reportNotFound } from './report-routes.js';
import { canSeeAudit, canSeeReport } from './visibility.js';

/** The officer's side: the unit inbox with its buckets, bucket counts, and a report's audit trail. */

const officeRoles = requireRole('officer', 'unit_lead', 'admin');

const inboxRoute = createRoute({
  method: 'get',
  path: '/office/reports',
  tags: ['feedback'],
  summary: "Reports whose current unit is one of the caller's units, by bucket, filtered and searched",
  middleware: [officeRoles] as const,
  request: { query: InboxQuerySchema },
  responses: {
    200: { description: 'One page, newest first.', content: { 'application/json': { schema: ReportPageSchema } } },
    400: problemContent('A query parameter or the cursor is invalid; see `errors`.'),
    401: problemContent('Sign in first.'),
    403: problemContent('Not an officer, or not a member of the unit asked for.'),
  },
});

const countsRoute = createRoute({
  method: 'get',
  path: '/office/counts',
  tags: ['feedback'],
  summary: "How many reports of the caller's units are in each inbox bucket",
  middleware: [officeRoles] as const,
  responses: {
    200: { description: 'Counts per bucket.', content: { 'application/json': { schema: InboxCountsSchema } } },
    401: problemContent('Sign in first.'),
    403: problemContent('Not an officer.'),
  },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/office/reports/{code}/audit',
  tags: ['feedback'],
  summary: "A report's audit trail (who did what, before and after): the unit lead and admins",
  middleware: [requireAuth()] as const,
  request: {
    params: z.object({ code: z.string().regex(REPORT_CODE_PATTERN).openapi({ param: { name: 'code', in: 'path' } }) }),
  },
  responses: {
    200: { description: 'Oldest first.', content: { 'application/json': { schema: z.object({ items: z.array(AuditEntrySchema) }) } } },
    401: problemContent('Sign in first.'),
    403: problemContent('The caller sees the report but is not the lead of its unit.'),
    404: problemContent('No report with this code that the caller may see.'),
  },
});

/** The units whose reports the caller works on; undefined = all (admins read everything). */
function inboxUnits(caller: Caller, unit: string | undefined): string[] | undefined {
  const admin = caller.roles.has('admin');
  if (unit !== undefined) {
    if (!admin && !caller.units.includes(unit)) {
      throw ProblemError.forbidden(`You are not a member of the unit "${unit}" (Bạn không thuộc đơn vị này).`);
    }
    return [unit];
  }
  return admin ? undefined : [...caller.units];
}

function unitScope(units: string[] | undefined): SQL | undefined {
  if (units === undefined) return undefined;
  // An officer without units sees nothing (not everything).
  return units.length > 0 ? inArray(reports.unitId, units) : sql`false`;
}

export function registerOfficeRoutes(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(inboxRoute, async (c) => {
    const caller = getCaller(c)!;
    const query = c.req.valid('query');
    const conditions: Array<SQL | undefined> = [
      unitScope(inboxUnits(caller, query.unit)),
      bucketCondition(query.bucket, await dueSoonLimit(db)),
      afterCursor(decodeCursor(query.cursor)),
    ];
    if (query.category) conditions.push(eq(reports.categoryId, query.category));
    if (query.ward) conditions.push(eq(reports.wardId, query.ward));
    if (query.q) {
      const pattern = containsPattern(query.q);
      conditions.push(
        sql`(lower(${reports.code}) like ${pattern} escape '\\' or lower(translate(${reports.description}, ${FOLD_FROM}, ${FOLD_TO})) like ${pattern} escape '\\')`,
      );
    }
    const page = await reportPage(selectReports(db), conditions, query.limit, caller);
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(page, 200);
  });

  api.openapi(countsRoute, async (c) => {
    const caller = getCaller(c)!;
    const until = await dueSoonLimit(db);
    // One pass over the unit's reports: count(*) filter (where <bucket>) per bucket.
    const columns: Record<string, SQL<number>> = {};
    for (const bucket of INBOX_BUCKETS) {
      const condition = bucketCondition(bucket, until);
      columns[bucket] = (condition ? sql`count(*) filter (where ${condition})` : sql`count(*)`).mapWith(Number);
    }
    const [counts] = await db.select(columns).from(reports).where(unitScope(inboxUnits(caller, undefined)));
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(counts as InboxCounts, 200);
  });

  api.openapi(auditRoute, async (c) => {
    const caller = getCaller(c)!;
    const { code } = c.req.valid('param');
    const [report] = await db
      .select({ id: reports.id, isPublic: reports.isPublic, reporterSub: reports.reporterSub, unitId: reports.unitId })
      .from(reports)
      .where(eq(reports.code, code))
      .limit(1);
    if (!report || !canSeeReport(caller, report)) throw reportNotFound(code);
    if (!canSeeAudit(caller, report)) {
      throw ProblemError.forbidden('Only the lead of the handling unit sees the audit trail (Chỉ lãnh đạo đơn vị xem được nhật ký).');
    }
    const rows = await db.select().from(auditLog).where(eq(auditLog.reportId, report.id)).orderBy(asc(auditLog.id));
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(
      {
        items: rows.map((row) => ({
          id: String(row.id),
          at: row.at.toISOString(),
          action: row.action,
          actorSub: row.actorSub,
          actorName: row.actorName,
          before: row.before,
          after: row.after,
        })),
      },
      200,
    );
  });
}
