import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { fieldProblem, problemContent, type Db, type ModuleContext } from '@portal/module-kit';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { VERIFICATION_CODE_PATTERN } from '../../contract/domain.js';
import { VerificationSchema, type Verification } from '../../contract/schemas.js';
import { agencies, dossiers, procedures } from '../../db/schema.js';
import { normalizeVerificationCode } from '../../domain/result-document/index.js';
import { PUBLIC_CACHE, preferredLanguage } from '../http.js';
import { verificationNotFound } from './problems.js';

const VerifyParamsSchema = z.object({
  verificationCode: z
    .string()
    .max(40)
    .openapi({ param: { name: 'verificationCode', in: 'path' }, example: '7K3M9QXD2P', description: 'As printed under the QR code; case, spaces and dashes do not matter.' }),
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/verify/{verificationCode}',
  tags: ['procedures'],
  summary: 'Check that a result document was issued: its dossier, title, agency, date and the SHA-256 of the PDF',
  description: 'No sign-in. Only results actually issued are found; no personal data is answered.',
  request: { params: VerifyParamsSchema },
  responses: {
    200: { description: 'The document is genuine.', content: { 'application/json': { schema: VerificationSchema } } },
    400: problemContent('Not a verification code (10 letters and digits); see `errors`.'),
    404: problemContent('No result was issued with this code.'),
  },
});

/** Results issued and not taken back: result_issued, or returned to the applicant. */
const ISSUED_STATUSES = ['result_issued', 'returned'] as const;

export async function verifyResult(db: Db, verificationCode: string): Promise<Verification | null> {
  const [row] = await db
    .select({
      dossierCode: dossiers.code,
      issuedAt: dossiers.resultIssuedAt,
      sha256: dossiers.resultSha256,
      resultName: procedures.resultName,
      procedureVi: procedures.nameVi,
      procedureEn: procedures.nameEn,
      agencyVi: agencies.nameVi,
      agencyEn: agencies.nameEn,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(agencies, eq(agencies.id, dossiers.agencyId))
    .where(
      and(
        eq(dossiers.verificationCode, verificationCode),
        inArray(dossiers.status, [...ISSUED_STATUSES]),
        isNotNull(dossiers.resultIssuedAt),
        isNotNull(dossiers.resultSha256),
      ),
    )
    .limit(1);
  if (!row?.dossierCode || !row.issuedAt || !row.sha256) return null;
  return {
    valid: true,
    verificationCode,
    dossierCode: row.dossierCode,
    resultName: row.resultName,
    procedure: { vi: row.procedureVi, en: row.procedureEn },
    agency: { vi: row.agencyVi, en: row.agencyEn },
    issuedAt: row.issuedAt.toISOString(),
    sha256: row.sha256,
  };
}

export function registerVerifyRoute(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(verifyRoute, async (c) => {
    const lang = preferredLanguage(c);
    const code = normalizeVerificationCode(c.req.valid('param').verificationCode);
    if (!VERIFICATION_CODE_PATTERN.test(code)) {
      throw fieldProblem(
        'verificationCode',
        { vi: 'Mã xác thực gồm 10 chữ cái và chữ số, in dưới mã QR của văn bản.', en: 'A verification code has 10 letters and digits, printed under the QR code.' },
        lang,
      );
    }
    const verification = await verifyResult(db, code);
    if (!verification) throw verificationNotFound(lang);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(verification, 200);
  });
}
