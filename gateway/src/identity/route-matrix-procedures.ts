// The procedures rows of the role × route matrix (route-matrix.test.ts) and the sample dossier they are called on.
import { applicants, everyone, office, type Expected } from './route-matrix-callers.js';

const API = '/api/procedures';
/** At the city's one-stop desk (bp-mot-cua-tp-dbp), open to citizens, with a fee; its application form has a template. */
const PROCEDURE = 'dang-ky-thanh-lap-ho-kinh-doanh';
const DOCUMENT = 'giay-de-nghi';
const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/**
 * The sample dossier of citizen 001090000001 at the city's one-stop desk whose electronic result is issued
 * and released (made by createProceduresSample): its applicant, the desk's officer and the admin see it
 * (and its files and result); another citizen, the enterprise, and officers of other units are told it
 * does not exist.
 */
const citizensDossier = (status: number): Expected => ({
  ...everyone(404),
  anonymous: 401,
  citizen: status,
  desk_officer: status,
  admin: status,
});

/** Who may read the desk: its officers (and those of any unit, for their own agencies) and admins. */
const deskReaders = (status: number): Expected => ({ ...office(status), admin: status });

/** `{}` bodies fail validation past the guards (400); nothing here changes the sample dossier. */
export const PROCEDURES_MATRIX: Record<string, Expected> = {
  // public: the catalog, templates, payment providers, lookup, verification and statistics
  [`GET ${API}/fields`]: everyone(200),
  [`GET ${API}/agencies`]: everyone(200),
  [`GET ${API}/catalog`]: everyone(200),
  [`GET ${API}/catalog/{procedureId}`]: everyone(200),
  [`GET ${API}/catalog/{procedureId}/templates/{documentId}.pdf`]: everyone(200),
  [`GET ${API}/payment-providers`]: everyone(200),
  [`GET ${API}/lookup`]: everyone(200), // the right code and last 4 digits: anyone may look it up
  [`GET ${API}/verify/{verificationCode}`]: everyone(200),
  [`GET ${API}/stats`]: everyone(200),
  // applicants: each caller's own list; creating and acting need the citizen or business role
  [`POST ${API}/dossiers`]: applicants(400),
  [`GET ${API}/dossiers`]: applicants(200),
  [`PATCH ${API}/dossiers/{id}`]: applicants(400),
  [`POST ${API}/dossiers/{id}/files`]: applicants(415), // JSON where multipart is wanted
  [`POST ${API}/dossiers/{id}/submit`]: applicants(400), // no Idempotency-Key, no version
  [`POST ${API}/dossiers/{id}/withdraw`]: applicants(400),
  [`POST ${API}/dossiers/{id}/supplement`]: applicants(400),
  [`POST ${API}/dossiers/{id}/payment`]: applicants(400),
  // the sample dossier is past its draft: its applicant may no longer delete it or its files (409)
  [`DELETE ${API}/dossiers/{id}`]: { ...applicants(404), citizen: 409 },
  [`DELETE ${API}/dossiers/{id}/files/{fileId}`]: { ...applicants(404), citizen: 409 },
  // reading the citizen's dossier, its files and its result
  [`GET ${API}/dossiers/{id}`]: citizensDossier(200),
  [`GET ${API}/dossiers/{id}/files/{fileId}`]: citizensDossier(200),
  [`GET ${API}/dossiers/{id}/result.pdf`]: citizensDossier(200),
  // the one-stop desk: officers and unit leads of any unit read their own agencies' inbox; admins read all
  [`GET ${API}/office/inbox`]: deskReaders(200),
  [`GET ${API}/office/stats`]: deskReaders(200),
  [`GET ${API}/office/dossiers/{id}/audit`]: { ...deskReaders(404), desk_officer: 200, admin: 200 },
  // officer actions: past the role guard `{}` fails validation; admins act on nothing
  ...Object.fromEntries(
    ['receive', 'refuse', 'assign', 'request-supplement', 'approve', 'deny', 'issue-result', 'confirm-payment', 'return-result', 'apologize'].map(
      (action) => [`POST ${API}/office/dossiers/{id}/${action}`, office(400)],
    ),
  ),
};

/**
 * Rows with a VALID body (the sample's version), so the answer comes from the dossier itself: the action is
 * illegal in its status (409 to who may act on it, nothing changes), and 404 to who may not see it.
 */
export const proceduresRowsWithBodies = (sample: ProceduresSample): Array<{ route: string; body: unknown; expected: Expected }> => [
  {
    route: `POST ${API}/office/dossiers/{id}/approve`,
    body: { version: sample.version },
    expected: { ...office(404), desk_officer: 409 },
  },
  {
    route: `POST ${API}/dossiers/{id}/withdraw`,
    body: { version: sample.version },
    expected: { ...applicants(404), citizen: 409 },
  },
];

export interface ProceduresSample {
  id: string;
  version: number;
  code: string;
  fileId: string;
  procedureId: string;
  documentId: string;
  verificationCode: string;
}

interface DetailAnswer {
  id: string;
  code: string | null;
  version: number;
  form: Record<string, unknown>;
  procedure: { id: string };
  attachments: Array<{ id: string }>;
  result: { verificationCode: string } | null;
}

/**
 * Makes the sample dossier through the API, as its citizen and the desk officer would: a household business
 * registration filed with one PDF, received, approved, its fee confirmed, its result issued.
 */
export async function createProceduresSample(url: string, citizenToken: string, deskToken: string): Promise<ProceduresSample> {
  const call = async (token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<DetailAnswer> => {
    const isForm = body instanceof FormData;
    const res = await fetch(`${url}${API}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body && !isForm ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: isForm ? body : JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`making the procedures sample: ${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as DetailAnswer;
  };
  const draft = await call(citizenToken, 'POST', '/dossiers', { procedureId: PROCEDURE });
  const form = {
    ...draft.form,
    phone: '0912345601',
    businessName: 'Hộ kinh doanh Phở Him Lam',
    businessAddress: 'Số 12, tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ',
    businessLines: '5610 — Nhà hàng và dịch vụ ăn uống',
    capitalVnd: 80_000_000,
    employees: 2,
    ownership: 'individual',
    startDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    pledge: true,
  };
  const saved = await call(citizenToken, 'PATCH', `/dossiers/${draft.id}`, { form, version: draft.version });
  const upload = new FormData();
  upload.set('documentId', DOCUMENT);
  upload.set('file', new Blob([MINIMAL_PDF], { type: 'application/pdf' }), 'giay-de-nghi.pdf');
  await call(citizenToken, 'POST', `/dossiers/${draft.id}/files`, upload);
  await call(citizenToken, 'POST', `/dossiers/${draft.id}/submit`, { version: saved.version }, { 'idempotency-key': crypto.randomUUID() });
  let detail = await call(deskToken, 'GET', `/dossiers/${draft.id}`);
  for (const [action, extra] of [
    ['receive', {}],
    ['approve', {}],
    ['confirm-payment', { reference: 'BL-MATRIX-0001' }],
    ['issue-result', {}],
  ] as const) {
    detail = await call(deskToken, 'POST', `/office/dossiers/${draft.id}/${action}`, { ...extra, version: detail.version });
  }
  if (!detail.code || !detail.result) throw new Error('the procedures sample has no code or no result');
  return {
    id: detail.id,
    version: detail.version,
    code: detail.code,
    fileId: detail.attachments[0]!.id,
    procedureId: detail.procedure.id,
    documentId: DOCUMENT,
    verificationCode: detail.result.verificationCode,
  };
}

/** Fills the procedures path parameters with the sample. */
export function proceduresPath(template: string, sample: ProceduresSample): string {
  return template
    .replace('{id}', sample.id)
    .replace('{fileId}', sample.fileId)
    .replace('{procedureId}', sample.procedureId)
    .replace('{documentId}', sample.documentId)
    .replace('{verificationCode}', sample.verificationCode);
}

/** The public lookup with the sample's code and the last 4 digits of the citizen's id. */
export const proceduresQueries = (sample: ProceduresSample): Record<string, string> => ({
  [`GET ${API}/lookup`]: `?code=${encodeURIComponent(sample.code)}&last4=0001`,
});
