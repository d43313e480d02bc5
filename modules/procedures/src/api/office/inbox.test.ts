import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import type { InboxPage } from '../../contract/schemas.js';
import type { DossierRow } from '../../db/schema.js';
import { CITY, WARD, WARD_PROCEDURE, admin, bothOfficer, citizen, cityOfficer, getAs, insertCatalog, insertDossier } from './test-fixtures.js';

let api: ModuleApiHarness;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const inFuture = (ms: number) => new Date(Date.now() + ms);
const rows: Record<string, DossierRow> = {};

beforeAll(async () => {
  api = await startModuleApi(proceduresModule, { seed: false });
  const db = api.context.db;
  await insertCatalog(db);
  rows.newLater = await insertDossier(db, { appointmentAt: inFuture(9 * DAY) });
  rows.newSooner = await insertDossier(db, { appointmentAt: inFuture(8 * DAY), applicantName: 'Đặng Thị Ánh', applicantSub: 'citizen-2' });
  rows.processing = await insertDossier(db, { status: 'processing', appointmentAt: inFuture(10 * DAY) });
  rows.dueSoon = await insertDossier(db, { status: 'processing', appointmentAt: inFuture(HOUR) });
  rows.overdue = await insertDossier(db, { status: 'approved', appointmentAt: inFuture(-DAY) });
  rows.paused = await insertDossier(db, { status: 'awaiting_supplement', appointmentAt: inFuture(-DAY), pausedAt: inFuture(-2 * DAY) });
  rows.returned = await insertDossier(db, { status: 'returned', updatedAt: inFuture(-3 * DAY) });
  rows.refused = await insertDossier(db, { status: 'refused', updatedAt: inFuture(-HOUR) });
  await insertDossier(db, { status: 'draft', code: null, submittedAt: null });
  rows.ward = await insertDossier(db, { agencyId: WARD, procedureId: WARD_PROCEDURE });
});

afterAll(async () => {
  await api?.close();
});

const inbox = async (query: string, as = cityOfficer) => {
  const res = await getAs(api, as, `/office/inbox${query}`);
  return { status: res.status, body: (await res.json()) as InboxPage };
};
const ids = (page: InboxPage) => page.items.map((item) => item.id);

describe('GET /office/inbox', () => {
  it('counts every bucket of the officer’s agency, drafts never', async () => {
    const { body } = await inbox('');
    expect(body.counts).toEqual({ new: 2, in_process: 3, awaiting_supplement: 1, due_soon: 1, overdue: 1, done: 2, all: 8 });
    expect(body.items).toHaveLength(8);
  });

  it('lists open buckets by the oldest appointment first and done by the latest change', async () => {
    expect(ids((await inbox('?bucket=new')).body)).toEqual([rows.newSooner!.id, rows.newLater!.id]);
    expect(ids((await inbox('?bucket=in_process')).body)).toEqual([rows.overdue!.id, rows.dueSoon!.id, rows.processing!.id]);
    expect(ids((await inbox('?bucket=due_soon')).body)).toEqual([rows.dueSoon!.id]);
    expect(ids((await inbox('?bucket=overdue')).body)).toEqual([rows.overdue!.id]);
    expect(ids((await inbox('?bucket=awaiting_supplement')).body)).toEqual([rows.paused!.id]);
    expect(ids((await inbox('?bucket=done')).body)).toEqual([rows.refused!.id, rows.returned!.id]);
    const [overdue] = (await inbox('?bucket=overdue')).body.items;
    expect(overdue).toMatchObject({ code: rows.overdue!.code, overdue: true, agency: { id: CITY }, procedure: { name: { vi: 'Đăng ký hộ kinh doanh (thử)' } } });
  });

  it('finds by code or applicant name without diacritics, counts narrowed too', async () => {
    const byName = (await inbox('?q=dang%20thi%20anh')).body;
    expect(ids(byName)).toEqual([rows.newSooner!.id]);
    expect(byName.counts).toMatchObject({ new: 1, all: 1 });
    expect(ids((await inbox(`?q=${encodeURIComponent(rows.refused!.code!.toLowerCase())}`)).body)).toEqual([rows.refused!.id]);
  });

  it('pages with a keyset cursor and refuses a forged one', async () => {
    const first = (await inbox('?bucket=in_process&limit=2')).body;
    expect(ids(first)).toEqual([rows.overdue!.id, rows.dueSoon!.id]);
    const second = (await inbox(`?bucket=in_process&limit=2&cursor=${first.nextCursor}`)).body;
    expect(ids(second)).toEqual([rows.processing!.id]);
    expect(second.nextCursor).toBeNull();
    const forged = await inbox('?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
  });

  it('shows an officer of two units both, narrowed by agency; another agency is 403; admins see all', async () => {
    expect((await inbox('', bothOfficer)).body.counts.all).toBe(9);
    expect(ids((await inbox(`?agency=${WARD}`, bothOfficer)).body)).toEqual([rows.ward!.id]);
    expect((await inbox(`?agency=${WARD}`)).status).toBe(403);
    expect((await inbox('', admin)).body.counts.all).toBe(9);
    expect((await inbox('', citizen)).status).toBe(403);
    expect((await getAs(api, undefined, '/office/inbox')).status).toBe(401);
  });
});

describe('GET /office/stats', () => {
  it('counts the caller’s agencies only; admins get all', async () => {
    const res = await getAs(api, cityOfficer, '/office/stats');
    const stats = (await res.json()) as { agencies: Array<{ agency: { id: string } }>; total: { received: number; inProcess: number; overdueInProcess: number } };
    expect(stats.agencies.map((row) => row.agency.id)).toEqual([CITY]);
    expect(stats.total).toMatchObject({ received: 8, inProcess: 4, overdueInProcess: 1 });
    const all = (await (await getAs(api, admin, '/office/stats')).json()) as { agencies: unknown[] };
    expect(all.agencies).toHaveLength(2);
    expect((await getAs(api, cityOfficer, '/office/stats?from=2026-12-01&to=2026-11-01')).status).toBe(400);
    expect((await getAs(api, citizen, '/office/stats')).status).toBe(403);
  });
});
