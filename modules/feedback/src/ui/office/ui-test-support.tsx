import { InvalidTokenError, type Caller, type Role } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { SessionProvider, createSessionFetch, type Session } from '@portal/shared-ui';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import sharp from 'sharp';
import { feedbackModule } from '../../../module.js';
import type { CreatedReport, ReportDetail } from '../../contract/schemas.js';
import App from '../App.js';

/*
 * The UI against the real feedback API (real routes, real PGlite or PostgreSQL, real photo handling).
 * The network boundary is the one stand-in: the page's fetch hands same-origin requests to the API's
 * Hono app in-process (happy-dom's Request cannot carry a body through @hono/node-server, so a real
 * socket only works for GETs). Sign-on is stubbed the same way: tokens are opaque strings this file
 * maps to callers, sent by the shell's real session fetch and read by the API's real bearer
 * middleware; it proves nothing about sign-on itself (the gateway's tests do).
 */
export interface TestPerson {
  sub: string;
  name: string;
  roles: Role[];
  units?: string[];
}

export interface FeedbackTestServer {
  api: ModuleApiHarness;
  origin: string;
  close(): Promise<void>;
}

const ORIGIN = 'http://feedback.test';
const people = new Map<string, TestPerson>();
const tokenOf = (person: TestPerson) => `test-token-${person.sub}`;
export const callerFor = (person: TestPerson): Caller => ({ sub: person.sub, name: person.name, roles: new Set(person.roles), units: person.units ?? [] });

export async function startFeedbackServer(): Promise<FeedbackTestServer> {
  const api = await startModuleApi(feedbackModule, {
    verifier: {
      async verify(token) {
        const person = people.get(token);
        if (!person) throw new InvalidTokenError(`unknown test token ${token}`);
        return callerFor(person);
      },
    },
  });
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location.href);
    if (url.origin !== ORIGIN) return original(input, init);
    return Promise.resolve(api.app.request(input instanceof Request ? input : url.href, init));
  };
  return {
    api,
    origin: ORIGIN,
    close: async () => {
      globalThis.fetch = original;
      await api.close();
    },
  };
}

/** Points the page (happy-dom) at the test server, so same-origin API calls reach it. */
export function setOrigin(origin: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/m/feedback`);
}

/** A signed-in session as the shell gives it to modules (bearer token added by the real session fetch). */
export function sessionFor(person: TestPerson): Session {
  people.set(tokenOf(person), person);
  return {
    status: 'authenticated',
    user: { sub: person.sub, name: person.name, roles: person.roles, units: person.units ?? [] },
    fetch: createSessionFetch(async () => tokenOf(person)),
    signIn: async () => {},
    signOut: async () => {},
  };
}

export const anonymous: Session = {
  status: 'anonymous',
  fetch: (input, init) => globalThis.fetch(input, init),
  signIn: async () => {},
  signOut: async () => {},
};

/** Renders the whole module UI at `path` (under /m/feedback) as the shell would. */
export function renderModule(path: string, session: Session) {
  return render(
    <SessionProvider session={session}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/m/feedback/*" element={<App basePath="/m/feedback" version="0.1.0" />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}

let photo: Promise<Buffer> | null = null;
const testPhoto = () => (photo ??= sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7bd5' } }).jpeg().toBuffer());

/** Files a report through the API as `reporter` (a citizen), as the report form would. */
export async function fileReport(
  api: ModuleApiHarness,
  reporter: TestPerson,
  report: { categoryId: string; description: string; lat: number; lng: number; isPublic?: boolean },
): Promise<CreatedReport> {
  const form = new FormData();
  form.append(
    'report',
    JSON.stringify({
      categoryId: report.categoryId,
      description: report.description,
      isPublic: report.isPublic ?? true,
      location: { lat: report.lat, lng: report.lng, accuracyM: 10, source: 'device' },
    }),
  );
  form.append('photos', new Blob([new Uint8Array(await testPhoto())], { type: 'image/jpeg' }), 'photo.jpg');
  const response = await api.request(
    '/api/feedback/reports',
    { method: 'POST', body: form, headers: { 'idempotency-key': crypto.randomUUID() } },
    { as: callerFor(reporter) },
  );
  if (response.status !== 201) throw new Error(`filing a report answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreatedReport;
}

/** Runs an officer action through the API (setup for a test, not the thing tested). */
export async function officerAction(api: ModuleApiHarness, officer: TestPerson, code: string, action: string, body: Record<string, unknown>): Promise<ReportDetail> {
  const detail = await readReport(api, officer, code);
  const response = await api.request(
    `/api/feedback/office/reports/${code}/${action}`,
    { method: 'POST', body: JSON.stringify({ version: detail.version, ...body }), headers: { 'content-type': 'application/json' } },
    { as: callerFor(officer) },
  );
  if (!response.ok) throw new Error(`${action} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as ReportDetail;
}

export async function readReport(api: ModuleApiHarness, person: TestPerson, code: string): Promise<ReportDetail> {
  const response = await api.request(`/api/feedback/reports/${code}`, {}, { as: callerFor(person) });
  if (!response.ok) throw new Error(`reading ${code} answered ${response.status}`);
  return (await response.json()) as ReportDetail;
}
