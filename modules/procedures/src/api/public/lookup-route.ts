import { timingSafeEqual } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { problemContent, type Db, type ModuleContext } from '@portal/module-kit';
import { and, eq, ne } from 'drizzle-orm';
import { LookupQuerySchema, LookupResultSchema, type LookupResult } from '../../contract/schemas.js';
import { agencies, dossiers, procedures } from '../../db/schema.js';
import { PRIVATE_CACHE, preferredLanguage } from '../http.js';
import { clientAddress } from './client-address.js';
import { lookupNotFound, tooManyLookups } from './problems.js';
import { PostgresRateLimiter } from './rate-limit.js';

/** Lookups a client may make per minute: plenty for a person, slow for guessing 10,000 digit combinations. */
export const LOOKUPS_PER_MINUTE = 30;

const lookupRoute = createRoute({
  method: 'get',
  path: '/lookup',
  tags: ['procedures'],
  summary: 'Public lookup of a dossier by its code and the last 4 digits of the applicant’s id or tax code',
  description:
    'No sign-in. Answers the status and dates only, never personal data. A wrong code and wrong digits get the same 404. ' +
    `At most ${LOOKUPS_PER_MINUTE} lookups a minute per client (429 with Retry-After).`,
  request: { query: LookupQuerySchema },
  responses: {
    200: { description: 'The dossier’s status and dates.', content: { 'application/json': { schema: LookupResultSchema } } },
    400: problemContent('The code or the digits are malformed; see `errors`.'),
    404: problemContent('No dossier with this code and these digits.'),
    429: problemContent('Too many lookups from this client; see Retry-After.'),
  },
});

/** The digits of an id or tax code (a branch's tax code has a dash), last 4. */
const lastFourDigits = (idNumber: string) => idNumber.replace(/\D/g, '').slice(-4);

const sameDigits = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function lookupDossier(db: Db, code: string, last4: string): Promise<LookupResult | null> {
  const [row] = await db
    .select({
      code: dossiers.code,
      status: dossiers.status,
      applicantIdNumber: dossiers.applicantIdNumber,
      procedureVi: procedures.nameVi,
      procedureEn: procedures.nameEn,
      agencyVi: agencies.nameVi,
      agencyEn: agencies.nameEn,
      submittedAt: dossiers.submittedAt,
      appointmentAt: dossiers.appointmentAt,
      resultIssuedAt: dossiers.resultIssuedAt,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(agencies, eq(agencies.id, dossiers.agencyId))
    .where(and(eq(dossiers.code, code.trim().toUpperCase()), ne(dossiers.status, 'draft')))
    .limit(1);
  if (!row?.code || !sameDigits(lastFourDigits(row.applicantIdNumber), last4)) return null;
  return {
    code: row.code,
    status: row.status,
    procedure: { vi: row.procedureVi, en: row.procedureEn },
    agency: { vi: row.agencyVi, en: row.agencyEn },
    submittedAt: row.submittedAt?.toISOString() ?? null,
    appointmentAt: row.appointmentAt?.toISOString() ?? null,
    resultIssuedAt: row.resultIssuedAt?.toISOString() ?? null,
  };
}

export function registerLookupRoute(api: OpenAPIHono, { db }: ModuleContext): void {
  const limiter = new PostgresRateLimiter(db, 'lookup', LOOKUPS_PER_MINUTE, 60_000);
  api.openapi(lookupRoute, async (c) => {
    const lang = preferredLanguage(c);
    // Never stored by a shared cache: the answer proves knowledge of the digits.
    c.header('Cache-Control', PRIVATE_CACHE);
    const decision = await limiter.take(clientAddress(c));
    if (!decision.allowed) throw tooManyLookups(lang, decision.retryAfterSeconds, LOOKUPS_PER_MINUTE);
    const { code, last4 } = c.req.valid('query');
    const result = await lookupDossier(db, code, last4);
    if (!result) throw lookupNotFound(lang);
    return c.json(result, 200);
  });
}
