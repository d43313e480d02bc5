import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { dossiers, supplementRequests } from '../../db/schema.js';
import { createProceduresApi } from '../index.js';
import { admin, bothOfficer, citizen, cityOfficer, eventsOf, getAs, insertCatalog, insertDossier, postAs, wardOfficer } from './test-fixtures.js';

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(proceduresModule, { seed: false });
  await insertCatalog(api.context.db);
});

afterAll(async () => {
  await api?.close();
});

const act = (id: string, action: string, body: unknown, as = cityOfficer, lang = 'vi') => postAs(api, as, `/office/dossiers/${id}/${action}`, body, lang);
const reason = 'Thiếu chữ ký của chủ hộ trên giấy đề nghị';

describe('receive', () => {
  it('moves a submitted dossier to processing, names the officer as handler and tells the applicant', async () => {
    const dossier = await insertDossier(api.context.db);
    const res = await act(dossier.id, 'receive', { version: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const detail = (await res.json()) as DossierDetail;
    expect(detail).toMatchObject({ status: 'processing', handlerName: 'Cán bộ Thành phố', version: 2 });
    expect(detail.receivedAt).not.toBeNull();
    expect(detail.can.office).toEqual(['assign', 'request_supplement', 'approve', 'deny', 'confirm_payment']);
    expect(detail.timeline.map((entry) => entry.kind)).toEqual(['submitted', 'received']);
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event).toMatchObject({ type: 'procedures.dossier_status_changed', data: { from: 'submitted', to: 'processing', action: 'receive' } });
    expect(event!.notify).toEqual([
      expect.objectContaining({ recipientSub: citizen.sub, title: { vi: `Hồ sơ ${dossier.code} đã được tiếp nhận`, en: `Dossier ${dossier.code} has been received` } }),
    ]);
  });

  it('refuses a second receive with 409 naming what is allowed, and a stale version with 409', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'processing', version: 3 });
    const twice = await act(dossier.id, 'receive', { version: 3 }, cityOfficer, 'en');
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({
      type: '/problems/illegal-transition',
      currentStatus: 'processing',
      allowed: ['assign', 'request_supplement', 'approve', 'deny', 'confirm_payment'],
    });
    const stale = await act(dossier.id, 'approve', { version: 2 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ type: '/problems/stale-version', currentVersion: 3 });
    const [row] = await api.context.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row).toMatchObject({ status: 'processing', version: 3 });
  });
});

describe('who may act', () => {
  it('answers 404 to another agency’s officer, 403 to a citizen and an admin, 401 to nobody', async () => {
    const dossier = await insertDossier(api.context.db);
    expect((await act(dossier.id, 'receive', { version: 1 }, wardOfficer)).status).toBe(404);
    expect((await act(dossier.id, 'receive', { version: 1 }, citizen)).status).toBe(403);
    const byAdmin = await act(dossier.id, 'receive', { version: 1 }, admin);
    expect(byAdmin.status).toBe(403);
    expect(await byAdmin.json()).toMatchObject({ type: '/problems/forbidden' });
    expect((await postAs(api, undefined, `/office/dossiers/${dossier.id}/receive`, { version: 1 })).status).toBe(401);
    expect((await act('not-a-uuid', 'receive', { version: 1 })).status).toBe(404);
    expect((await act(dossier.id, 'receive', { version: 1 }, bothOfficer)).status).toBe(200);
  });

  it('does not show drafts to the agency', async () => {
    const draft = await insertDossier(api.context.db, { status: 'draft', code: null, submittedAt: null });
    expect((await act(draft.id, 'receive', { version: 1 })).status).toBe(404);
    expect((await getAs(api, cityOfficer, `/office/dossiers/${draft.id}/audit`)).status).toBe(404);
  });
});

describe('refuse, assign, approve, deny', () => {
  it('refuses with a reason the applicant is told, and no fee is owed any more', async () => {
    const dossier = await insertDossier(api.context.db);
    const short = await act(dossier.id, 'refuse', { reason: 'ngắn', version: 1 });
    expect(short.status).toBe(400);
    expect((await short.json()) as { errors: Record<string, string[]> }).toMatchObject({ errors: { reason: expect.any(Array) } });
    const res = await act(dossier.id, 'refuse', { reason, version: 1 });
    const detail = (await res.json()) as DossierDetail;
    expect(detail).toMatchObject({ status: 'refused', reason, payment: { status: 'none' }, can: { office: [] } });
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event!.notify![0]!.body).toEqual({ vi: reason, en: reason });
  });

  it('assigns a handler inside the agency only: internal timeline entry, nobody notified', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'processing' });
    const res = await act(dossier.id, 'assign', { handlerSub: 'officer-2', handlerName: 'Trần Văn Bình', version: 1 });
    expect(await res.json()).toMatchObject({ handlerName: 'Trần Văn Bình', status: 'processing', version: 2 });
    const asApplicant = (await (await getAs(api, citizen, `/dossiers/${dossier.id}`)).json()) as DossierDetail;
    expect(asApplicant.timeline.map((entry) => entry.kind)).not.toContain('assigned');
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event).toMatchObject({ data: { action: 'assign' }, notify: null });
  });

  it('approves and denies', async () => {
    const approved = await insertDossier(api.context.db, { status: 'processing' });
    expect(await (await act(approved.id, 'approve', { version: 1 })).json()).toMatchObject({ status: 'approved', can: { office: ['issue_result', 'assign', 'confirm_payment'] } });
    const denied = await insertDossier(api.context.db, { status: 'processing' });
    expect(await (await act(denied.id, 'deny', { reason, version: 1 })).json()).toMatchObject({ status: 'denied', reason });
    expect((await act(denied.id, 'approve', { version: 2 })).status).toBe(409);
  });
});

describe('request a supplement', () => {
  it('refuses documents the procedure does not list and saves nothing', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'processing' });
    const res = await act(dossier.id, 'request-supplement', { reason, documentIds: ['don', 'so-ho-khau'], version: 1 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: { documentIds: [expect.stringContaining('so-ho-khau')] } });
    expect(await api.context.db.select().from(supplementRequests).where(eq(supplementRequests.dossierId, dossier.id))).toEqual([]);
  });

  it('stops the clock and records the request the applicant sees', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'processing' });
    const res = await act(dossier.id, 'request-supplement', { reason, documentIds: ['don'], version: 1 });
    const detail = (await res.json()) as DossierDetail;
    expect(detail).toMatchObject({ status: 'awaiting_supplement', supplementRequests: [{ reason, documentIds: ['don'], answeredAt: null }] });
    expect(detail.pausedAt).not.toBeNull();
    expect(detail.can.office).toEqual(['assign', 'confirm_payment']);
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event!.notify![0]!.title.vi).toBe(`Hồ sơ ${dossier.code} cần bổ sung giấy tờ`);
  });
});

describe('concurrency, language and documentation', () => {
  it('lets one of two simultaneous receives win; the other is told the dossier changed', async () => {
    const dossier = await insertDossier(api.context.db);
    const answers = await Promise.all([act(dossier.id, 'receive', { version: 1 }), act(dossier.id, 'receive', { version: 1 })]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(await eventsOf(api.context.db, dossier.code!)).toHaveLength(1);
  });

  it('answers problems in English when asked', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'returned' });
    const res = await act(dossier.id, 'approve', { version: 1 }, cityOfficer, 'en');
    expect(await res.json()).toMatchObject({ title: 'This action is not possible now', allowed: [] });
  });

  it('documents every one-stop desk route', () => {
    const document = createProceduresApi(api.context).getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'procedures', version: '0' } });
    const actions = ['receive', 'refuse', 'assign', 'request-supplement', 'approve', 'deny', 'issue-result', 'confirm-payment', 'return-result', 'apologize'];
    for (const action of actions) expect(document.paths?.[`/office/dossiers/{id}/${action}`]?.post, action).toBeDefined();
    for (const path of ['/office/inbox', '/office/dossiers/{id}/audit', '/office/stats']) expect(document.paths?.[path]?.get, path).toBeDefined();
  });
});
