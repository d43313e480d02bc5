import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccountSub, vietnamDay } from '@portal/module-kit';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import { DOSSIER_CODE_PATTERN, DOSSIER_STATUSES } from '../../contract/domain.js';
import type { DossierDetail, InboxPage } from '../../contract/schemas.js';
import { computeStats } from '../../domain/stats.js';
import { pdfText } from '../../domain/result-document/pdf-test-helpers.js';
import { isOverdue } from '../../domain/workflow.js';
import { attachments, auditLog, dossierEvents, dossiers, procedures, type DossierRow } from '../schema.js';
import { SAMPLE_DOSSIERS, sampleDossierId, seedSampleDossiers } from './sample-dossiers.js';

let api: ModuleApiHarness;
let rows: DossierRow[];
const now = new Date();
const ids = SAMPLE_DOSSIERS.map((spec) => sampleDossierId(spec.key));

beforeAll(async () => {
  api = await startModuleApi(proceduresModule);
  await seedSampleDossiers(api.context, now);
  rows = await api.context.db.select().from(dossiers).where(inArray(dossiers.id, ids));
}, 180_000);

afterAll(async () => {
  await api?.close();
});

describe('seedSampleDossiers', () => {
  it('writes every sample once: a second run writes nothing', async () => {
    expect(rows).toHaveLength(SAMPLE_DOSSIERS.length);
    expect(await seedSampleDossiers(api.context, now)).toBe(0);
    expect(await api.context.db.select({ id: dossiers.id }).from(dossiers).where(inArray(dossiers.id, ids))).toHaveLength(SAMPLE_DOSSIERS.length);
  });

  it('covers every status, overdue dossiers, and the demo applicants', () => {
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(DOSSIER_STATUSES));
    expect(rows.filter((row) => isOverdue(row, now)).length).toBeGreaterThanOrEqual(3);
    const business = rows.filter((row) => row.applicantType === 'business');
    expect(business.length).toBeGreaterThanOrEqual(4);
    expect(business.every((row) => row.orgTaxCode === '5600123456')).toBe(true);
    expect(business.map((row) => row.applicantSub)).toContain(demoAccountSub('001090000004'));
    const subs = new Set(rows.map((row) => row.applicantSub));
    expect(subs).toContain(demoAccountSub('001090000001'));
    expect(subs).toContain(demoAccountSub('001090000002'));
  });

  it('gives submitted dossiers codes of the national pattern, submitted in the past with appointments', () => {
    for (const row of rows.filter((candidate) => candidate.status !== 'draft')) {
      expect(row.code).toMatch(DOSSIER_CODE_PATTERN);
      expect(row.code!.split('-')[1]).toBe(vietnamDay(row.submittedAt!).slice(2).replaceAll('-', ''));
      expect(row.submittedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(row.appointmentAt).not.toBeNull();
    }
    expect(rows.filter((row) => row.status === 'draft').every((row) => row.code === null)).toBe(true);
  });

  it('stores the result PDF of every issued sample, with its hash', async () => {
    const issued = rows.filter((row) => row.resultIssuedAt !== null);
    expect(issued.length).toBeGreaterThanOrEqual(8);
    for (const row of issued) {
      const file = await api.context.files.get(row.resultFileKey!);
      expect(file, row.code!).not.toBeNull();
      expect(createHash('sha256').update(file!.data).digest('hex')).toBe(row.resultSha256);
    }
  });

  it('leaves a timeline and an audit row per step, ending in the dossier’s status and version', async () => {
    const events = await api.context.db.select().from(dossierEvents).where(inArray(dossierEvents.dossierId, ids));
    const audits = await api.context.db.select().from(auditLog).where(inArray(auditLog.dossierId, ids));
    for (const row of rows) {
      const own = events.filter((event) => event.dossierId === row.id);
      expect(own.length, row.id).toBe(row.version);
      expect(own.at(-1)!.toStatus).toBe(row.status);
      // Files are audited without a new version (as uploads are): one 'attach' row per sample file.
      expect(audits.filter((entry) => entry.dossierId === row.id && entry.action !== 'attach')).toHaveLength(row.version);
    }
  });

  it('gives the statistics early, on-time and late results in the last 60 days', async () => {
    const from = vietnamDay(new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000));
    const stats = await computeStats(api.context.db, { from, to: vietnamDay(now), now });
    expect(stats.total.early).toBeGreaterThan(0);
    expect(stats.total.onTime).toBeGreaterThan(0);
    expect(stats.total.late).toBeGreaterThan(0);
    expect(stats.total.overdueInProcess).toBeGreaterThan(0);
  });

  it('shows in the demo officer’s inbox and to the applicant', async () => {
    const officer = testCaller({ sub: demoAccountSub('001090000015'), roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] });
    const inbox = (await (await api.request('/api/procedures/office/inbox', {}, { as: officer })).json()) as InboxPage;
    expect(inbox.counts.new).toBeGreaterThanOrEqual(4);
    expect(inbox.counts.overdue).toBeGreaterThanOrEqual(2);
    expect(inbox.counts.awaiting_supplement).toBeGreaterThanOrEqual(2);
    const applicant = testCaller({ sub: demoAccountSub('001090000002'), roles: ['citizen'], nationalId: '001090000002' });
    const res = await api.request(`/api/procedures/dossiers/${sampleDossierId('hp-returned-binh')}`, {}, { as: applicant });
    const detail = (await res.json()) as DossierDetail;
    expect(detail.status).toBe('returned');
    expect(detail.timeline.map((entry) => entry.kind)).toEqual([
      'created', 'submitted', 'received', 'supplement_requested', 'supplement_provided', 'approved', 'result_issued', 'payment_confirmed', 'result_returned',
    ]);
    expect(detail.result?.url).toMatch(/result\.pdf$/);
  });
});

describe('sample dossier files', () => {
  const officer = testCaller({ sub: demoAccountSub('001090000015'), roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] });
  const stranger = testCaller({ sub: demoAccountSub('001090000001'), roles: ['citizen'], nationalId: '001090000001' });
  const detailAs = async (key: string, as = officer) =>
    (await (await api.request(`/api/procedures/dossiers/${sampleDossierId(key)}`, {}, { as })).json()) as DossierDetail;
  const requiredOf = async (key: string) => {
    const [row] = await api.context.db.select().from(procedures).where(eq(procedures.id, rows.find((dossier) => dossier.id === sampleDossierId(key))!.procedureId));
    return row!.requiredDocuments.filter((document) => document.required);
  };

  it('gives a dossier in process one PDF per required document, which the desk officer downloads and another citizen cannot', async () => {
    const detail = await detailAs('ar-processing-hoa');
    expect(detail.status).toBe('processing');
    const required = await requiredOf('ar-processing-hoa');
    expect(required.length).toBeGreaterThanOrEqual(4);
    expect(detail.attachments.map((file) => file.documentId).sort()).toEqual(required.map((document) => document.id).sort());
    for (const file of detail.attachments) {
      const res = await api.request(file.url, {}, { as: officer });
      expect(res.status, file.fileName).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // What a PDF reader shows: the document's name (its title) and the dossier's code on the page.
      expect((await PDFDocument.load(bytes)).getTitle()).toBe(required.find((document) => document.id === file.documentId)!.name.vi);
      expect(await pdfText(bytes)).toContain(detail.code!);
      expect(bytes.byteLength).toBe(file.size);
      expect((await api.request(file.url, {}, { as: stranger })).status).toBe(404);
    }
  });

  it('gives every submitted sample its required documents, drafts their first one, answered supplements their new copy', async () => {
    const files = await api.context.db.select().from(attachments).where(inArray(attachments.dossierId, ids));
    for (const spec of SAMPLE_DOSSIERS) {
      const own = files.filter((file) => file.dossierId === sampleDossierId(spec.key));
      const required = (await requiredOf(spec.key)).map((document) => document.id);
      const originals = own.filter((file) => file.supplementRequestId === null).map((file) => file.documentId);
      expect(originals, spec.key).toEqual(spec.story.until === 'draft' ? required.slice(0, 1) : required);
      expect(own.filter((file) => file.supplementRequestId !== null), spec.key).toHaveLength(spec.story.supplement ? 1 : 0);
    }
    const supplemented = await detailAs('hp-returned-binh');
    const answer = supplemented.attachments.find((file) => file.supplementRequestId !== null);
    expect(answer?.supplementRequestId).toBe(supplemented.supplementRequests[0]!.id);
  });

  it('stores each file with its hash, audits it, and adds nothing on a second run', async () => {
    const files = await api.context.db.select().from(attachments).where(inArray(attachments.dossierId, ids));
    for (const file of files) {
      const stored = await api.context.files.get(file.storageKey);
      expect(file.storageKey).toBe(`dossiers/${file.dossierId}/${file.id}`);
      expect(createHash('sha256').update(stored!.data).digest('hex')).toBe(file.sha256);
    }
    const attached = await api.context.db.select().from(auditLog).where(and(inArray(auditLog.dossierId, ids), eq(auditLog.action, 'attach')));
    expect(attached).toHaveLength(files.length);
    expect(await seedSampleDossiers(api.context, now)).toBe(0);
    expect(await api.context.db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.dossierId, ids))).toHaveLength(files.length);
  });
});
