// Role × route: every API route the OpenAPI document lists, called as each kind of caller with a REAL
// token from the embedded provider, answers what the table says. A new route without a row fails here,
// so authorization is decided (and tested) for every route when it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedModules } from '../modules.js';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { tokenFor } from '../test-support/tokens.js';

const CALLERS = ['anonymous', 'citizen', 'business', 'officer', 'unit_lead', 'admin'] as const;
type CallerKind = (typeof CALLERS)[number];

const SIGN_IN: Record<Exclude<CallerKind, 'anonymous'>, { id: string; taxCode?: string }> = {
  citizen: { id: '001090000001' },
  business: { id: '001090000004', taxCode: '5600123456' },
  officer: { id: '001090000013' },
  unit_lead: { id: '001090000014' },
  admin: { id: '001090000099' },
};

type Expected = Record<CallerKind, number>;
const everyone = (status: number): Expected => Object.fromEntries(CALLERS.map((c) => [c, status])) as Expected;
/** Admin-only: 401 without a token, 403 with a token lacking the role, `adminStatus` once past the guard. */
const adminOnly = (adminStatus: number): Expected => ({ ...everyone(403), anonymous: 401, admin: adminStatus });

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
  'GET /api/hotlines/emergency': everyone(200),
  'GET /api/hotlines/facilities': everyone(200),
  'GET /api/hotlines/facilities/{id}': everyone(200),
  'POST /api/hotlines/facilities': adminOnly(400),
  'GET /api/hotlines/facilities/{id}/managed': adminOnly(200),
  'PATCH /api/hotlines/facilities/{id}': adminOnly(400),
  'DELETE /api/hotlines/facilities/{id}': adminOnly(404), // the admin deletes a line that does not exist
  'GET /api/hotlines/audit': adminOnly(200),
};

describe('role × route matrix with real tokens', () => {
  let harness: IdentityTestGateway;
  let url: string;
  let routes: string[];
  let facilityId: string;
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
  }, START_TIMEOUT * 3);
  afterAll(() => harness?.close());

  it('has a row for every route in the OpenAPI document, and no stale rows', () => {
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(CALLERS)('answers each route as the table says for a %s caller', async (kind) => {
    const token = tokens.get(kind);
    const answers: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const route of routes) {
      const [method, template] = route.split(' ') as [string, string];
      const id = template.startsWith('/api/platform/') ? 'hotlines' : method === 'DELETE' ? 'no-such-line' : facilityId;
      const path = template.replace('{id}', id);
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
});
