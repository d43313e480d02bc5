import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@portal/module-kit';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { admin, business, citizen, helpers, jsonInit, officer, otherCitizen, pdfBytes, startDossiersApi, uploadForm, wardOfficer, type Helpers } from './test-fixtures.js';

/** Who may call which applicant route, on a dossier submitted by `citizen` at the city's desk. */

let api: ModuleApiHarness;
let h: Helpers;
let id: string;
let fileUrl: string;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
  id = await h.ready(citizen);
  await h.submit(citizen, id);
  fileUrl = (await (await api.request(`/api/procedures/dossiers/${id}`, {}, { as: citizen })).json()).attachments[0].url;
});
afterAll(() => api.close());

type Who = 'anonymous' | 'applicant' | 'otherCitizen' | 'business' | 'officer' | 'wardOfficer' | 'admin';
const callers: Record<Who, Caller | undefined> = { anonymous: undefined, applicant: citizen, otherCitizen, business, officer, wardOfficer, admin };

interface Case {
  name: string;
  request: () => [string, RequestInit];
  expected: Record<Who, number>;
}

const base = () => `/api/procedures/dossiers/${id}`;
const readable = { anonymous: 401, applicant: 200, otherCitizen: 404, business: 404, officer: 200, wardOfficer: 404, admin: 200 };
/** Applicant-only writes on a submitted dossier: 409 for the applicant here only because of the status or version. */
const applicantWrite = (applicant: number) => ({ anonymous: 401, applicant, otherCitizen: 404, business: 404, officer: 403, wardOfficer: 403, admin: 403 });

const cases: Case[] = [
  { name: 'GET detail', request: () => [base(), {}], expected: readable },
  { name: 'GET file', request: () => [fileUrl, {}], expected: readable },
  { name: 'GET result.pdf (none yet)', request: () => [`${base()}/result.pdf`, {}], expected: { ...readable, applicant: 404, officer: 404, admin: 404 } },
  { name: 'GET list', request: () => ['/api/procedures/dossiers', {}], expected: { ...applicantWrite(200), otherCitizen: 200, business: 200 } },
  { name: 'PATCH draft', request: () => [base(), jsonInit('PATCH', { form: {}, version: 1 })], expected: applicantWrite(409) },
  { name: 'DELETE draft', request: () => [base(), { method: 'DELETE' }], expected: applicantWrite(409) },
  { name: 'POST file', request: () => [`${base()}/files`, uploadForm('cccd', pdfBytes(), 'a.pdf')], expected: applicantWrite(409) },
  { name: 'POST supplement', request: () => [`${base()}/supplement`, jsonInit('POST', { version: 1 })], expected: applicantWrite(409) },
];

describe('role × route', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const seen: Record<string, number> = {};
      for (const [who, as] of Object.entries(callers)) {
        const [path, init] = testCase.request();
        seen[who] = (await api.request(path, init, { as })).status;
      }
      expect(seen).toEqual(testCase.expected);
    });
  }
});
