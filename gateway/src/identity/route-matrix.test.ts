// Role × route: every API route the OpenAPI document lists, called as each kind of caller with a REAL
// token from the embedded provider, answers what the table says. A new route without a row fails here,
// so authorization is decided (and tested) for every route when it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedModules } from '../modules.js';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { tokenFor } from '../test-support/tokens.js';
import { CALLERS, SIGN_IN, adminOnly, everyone, office, signedIn, type CallerKind, type Expected } from './route-matrix-callers.js';
import {
  PROCEDURES_MATRIX,
  createProceduresSample,
  proceduresPath,
  proceduresQueries,
  proceduresRowsWithBodies,
  type ProceduresSample,
} from './route-matrix-procedures.js';

/** A private report: its reporter (citizen), its unit's officer and the admin get `status`; everyone else 404. */
const privateReport = (status: number): Expected => ({ ...everyone(404), citizen: status, officer: status, admin: status });

/**
 * The sample private report of citizen 001090000001 about their electricity meter, handled by the city
 * Electricity company (the `officer` caller's unit) — not by the unit lead's department.
 */
async function citizensPrivateReport(url: string, citizenToken: string): Promise<{ code: string; photoId: string }> {
  const headers = { authorization: `Bearer ${citizenToken}` };
  const mine = (await (await fetch(`${url}/api/feedback/reports/mine?limit=50`, { headers })).json()) as {
    items: Array<{ code: string; isPublic: boolean; unit: { id: string } }>;
  };
  const report = mine.items.find((item) => !item.isPublic && item.unit.id === 'dien-luc-tp-dbp');
  if (!report) throw new Error('the sample data has no private report of 001090000001 handled by dien-luc-tp-dbp');
  const detail = (await (await fetch(`${url}/api/feedback/reports/${report.code}`, { headers })).json()) as { photos: Array<{ id: string }> };
  return { code: report.code, photoId: detail.photos[0]!.id };
}

/** `METHOD /path` → expected status per caller. Bodies are `{}`: past the guard, validation answers 400. */
const MATRIX: Record<string, Expected> = {
  'GET /api/modules': everyone(200),
  'GET /api/portal': everyone(200),
  // operator routes take the operator token, never a user's bearer token, whatever its roles
  'GET /api/platform/modules': everyone(401),
  'POST /api/platform/modules/{id}/publish': everyone(401),
  'POST /api/platform/modules/{id}/enable': everyone(401),
  'POST /api/platform/modules/{id}/disable': everyone(401),
  'POST /api/platform/keys/rotate': everyone(401),
  // the caller's own inbox: any signed-in user; {id} is not one of theirs, so read answers 404
  'GET /api/notifications': { ...everyone(200), anonymous: 401 },
  'GET /api/notifications/unread-count': { ...everyone(200), anonymous: 401 },
  'POST /api/notifications/{id}/read': { ...everyone(404), anonymous: 401 },
  'POST /api/notifications/read-all': { ...everyone(204), anonymous: 401 },
  // the staff directory of the one-stop desk: its own officers and admins; officers of other units 403
  'GET /api/directory/officers': { ...office(403), desk_officer: 200, admin: 200 },
  'GET /api/hotlines/emergency': everyone(200),
  'GET /api/hotlines/facilities': everyone(200),
  'GET /api/hotlines/facilities/{id}': everyone(200),
  'POST /api/hotlines/facilities': adminOnly(400),
  'GET /api/hotlines/facilities/{id}/managed': adminOnly(200),
  'PATCH /api/hotlines/facilities/{id}': adminOnly(400),
  'DELETE /api/hotlines/facilities/{id}': adminOnly(404), // the admin deletes a line that does not exist
  'GET /api/hotlines/audit': adminOnly(200),
  // feedback: public reference data, feed, map and statistics
  'GET /api/feedback/map-config': everyone(200),
  'GET /api/feedback/categories': everyone(200),
  'GET /api/feedback/units': everyone(200),
  'GET /api/feedback/boundaries': everyone(200),
  'GET /api/feedback/place': everyone(200),
  'GET /api/feedback/public/reports': everyone(200),
  'GET /api/feedback/public/map': everyone(200),
  'GET /api/feedback/stats': everyone(200),
  'POST /api/feedback/reports/check-text': everyone(400), // public check; `{}` has no text
  // feedback: anything signed in (each caller's own list)
  'GET /api/feedback/nearby': signedIn(200),
  'GET /api/feedback/reports/mine': signedIn(200),
  // the citizen's PRIVATE report handled by the officer's unit: the reporter, that unit and the admin see it;
  // the business, the lead of ANOTHER unit and anonymous visitors are told it does not exist
  'GET /api/feedback/reports/{code}': privateReport(200),
  'GET /api/feedback/photos/{id}': privateReport(200),
  'POST /api/feedback/reports/{code}/rating': signedIn(400), // `{}` fails validation before any lookup
  'POST /api/feedback/reports/{code}/follow': { ...privateReport(204), anonymous: 401, officer: 409, admin: 409 }, // staff do not follow
  'DELETE /api/feedback/reports/{code}/follow': { ...privateReport(204), anonymous: 401 },
  // filing: citizens and businesses (`{}` without Idempotency-Key or multipart → 400); staff may not file
  'POST /api/feedback/reports': { ...office(403), citizen: 400, other_citizen: 400, business: 400, admin: 403 },
  // the officer inbox: officers, unit leads, admins (read-only)
  'GET /api/feedback/office/reports': { ...office(200), admin: 200 },
  'GET /api/feedback/office/counts': { ...office(200), admin: 200 },
  // audit: 404 to who cannot see the report, 403 to who sees it but is not the lead of its unit
  'GET /api/feedback/office/reports/{code}/audit': { ...privateReport(403), anonymous: 401, admin: 200 },
  // officer actions: past the role guard `{}` fails validation (400); the answer route wants multipart (415)
  'POST /api/feedback/office/reports/{code}/accept': office(400),
  'POST /api/feedback/office/reports/{code}/reject': office(400),
  'POST /api/feedback/office/reports/{code}/forward': office(400),
  'POST /api/feedback/office/reports/{code}/assign': office(400),
  'POST /api/feedback/office/reports/{code}/note': office(400),
  'POST /api/feedback/office/reports/{code}/extend': office(400),
  'POST /api/feedback/office/reports/{code}/answer': office(415),
  ...PROCEDURES_MATRIX,
};

/** Query strings for routes that need one to get past validation. */
const QUERIES: Record<string, string> = {
  'GET /api/feedback/place': '?lat=21.4107&lng=103.0191',
  'GET /api/feedback/nearby': '?lat=21.4107&lng=103.0191&category=street-lighting',
  'GET /api/directory/officers': '?unit=bp-mot-cua-tp-dbp',
};

describe('role × route matrix with real tokens', () => {
  let harness: IdentityTestGateway;
  let url: string;
  let routes: string[];
  let facilityId: string;
  let privateReport: { code: string; photoId: string };
  let proceduresSample: ProceduresSample;
  const tokens = new Map<CallerKind, string>();

  beforeAll(async () => {
    harness = await startIdentityGateway({ modules: [...installedModules] });
    url = harness.gateway.url;
    for (const [kind, account] of Object.entries(SIGN_IN)) {
      const issued = await tokenFor(url, account.id, undefined, account.taxCode ? { taxCode: account.taxCode } : {});
      tokens.set(kind as CallerKind, issued.accessToken);
    }
    const document = (await (await fetch(`${url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const facilities = (await (await fetch(`${url}/api/hotlines/facilities?pageSize=1`)).json()) as { items: Array<{ id: string }> };
    facilityId = facilities.items[0]!.id;
    privateReport = await citizensPrivateReport(url, tokens.get('citizen')!);
    proceduresSample = await createProceduresSample(url, tokens.get('citizen')!, tokens.get('desk_officer')!);
  }, START_TIMEOUT * 3);
  afterAll(() => harness?.close());

  /**
   * Fills the path parameters: hotlines lines; for feedback a PRIVATE report of the citizen handled by the
   * officer's unit; for procedures a dossier of the citizen at the desk officer's agency.
   */
  function concretePath(method: string, template: string): string {
    if (template.startsWith('/api/procedures/')) return proceduresPath(template, proceduresSample);
    if (template.startsWith('/api/platform/')) return template.replace('{id}', 'hotlines');
    if (template.startsWith('/api/feedback/')) {
      return template.replace('{code}', privateReport.code).replace('{id}', privateReport.photoId);
    }
    return template.replace('{id}', method === 'DELETE' ? 'no-such-line' : facilityId);
  }

  it('has a row for every route in the OpenAPI document, and no stale rows', () => {
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(CALLERS)('answers each route as the table says for a %s caller', async (kind) => {
    const token = tokens.get(kind);
    const answers: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const route of routes) {
      const [method, template] = route.split(' ') as [string, string];
      const queries = { ...QUERIES, ...proceduresQueries(proceduresSample) };
      const path = `${concretePath(method, template)}${queries[route] ?? ''}`;
      const hasBody = method === 'POST' || method === 'PATCH';
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
        },
        ...(hasBody ? { body: '{}' } : {}),
      });
      answers[route] = res.status;
      expected[route] = MATRIX[route]?.[kind] ?? -1;
      if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(answers).toEqual(expected);
  });

  it.each(CALLERS)('answers the dossier itself, past validation, as the table says for a %s caller', async (kind) => {
    const token = tokens.get(kind);
    const answers: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const row of proceduresRowsWithBodies(proceduresSample)) {
      const [method, template] = row.route.split(' ') as [string, string];
      const res = await fetch(`${url}${proceduresPath(template, proceduresSample)}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: JSON.stringify(row.body),
      });
      answers[row.route] = res.status;
      expected[row.route] = row.expected[kind];
    }
    expect(answers).toEqual(expected);
  });
});
