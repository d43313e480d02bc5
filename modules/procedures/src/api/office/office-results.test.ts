import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfVietnamDay, vietnamDay } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import { VERIFICATION_CODE_PATTERN } from '../../contract/domain.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { dossiers } from '../../db/schema.js';
import { admin, business, citizen, cityOfficer, eventsOf, getAs, insertCatalog, insertDossier, postAs, wardOfficer } from './test-fixtures.js';

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(proceduresModule, { seed: false });
  await insertCatalog(api.context.db);
});

afterAll(async () => {
  await api?.close();
});

const act = (id: string, action: string, body: unknown, as = cityOfficer) => postAs(api, as, `/office/dossiers/${id}/${action}`, body);
const reason = 'Cần thêm thời gian xác minh nguồn gốc nhà đất với phường';
const DAY = 24 * 60 * 60 * 1000;

describe('issue the result, confirm the fee, return the result', () => {
  it('renders and stores the PDF with a verification code, then hands it over once paid', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'approved' });
    const issued = await act(dossier.id, 'issue-result', { version: 1 });
    expect(issued.status).toBe(200);
    const detail = (await issued.json()) as DossierDetail;
    expect(detail.status).toBe('result_issued');
    expect(detail.result!.verificationCode).toMatch(VERIFICATION_CODE_PATTERN);
    expect(detail.can.office).toEqual(['confirm_payment']);

    const [row] = await api.context.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
    const file = await api.context.files.get(row!.resultFileKey!);
    expect(file!.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect(row!.resultSha256).toBe(createHash('sha256').update(file!.data).digest('hex'));
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event!.notify![0]).toMatchObject({ title: { vi: `Hồ sơ ${dossier.code} đã có kết quả` }, body: { vi: 'Vui lòng nộp phí để nhận kết quả.' } });

    const early = await act(dossier.id, 'return-result', { version: 2 });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ allowed: ['confirm_payment'] });
    const paid = (await (await act(dossier.id, 'confirm-payment', { reference: 'BL-0001234', version: 2 })).json()) as DossierDetail;
    expect(paid.payment).toMatchObject({ status: 'paid', reference: 'BL-0001234', provider: 'counter' });
    expect(paid.can.office).toEqual(['return_result']);
    const returned = (await (await act(dossier.id, 'return-result', { version: 3 })).json()) as DossierDetail;
    expect(returned).toMatchObject({ status: 'returned', can: { office: [] } });
    expect(returned.result!.returnedAt).not.toBeNull();
  });

  it('refuses to issue a result before approval', async () => {
    const dossier = await insertDossier(api.context.db, { status: 'processing' });
    const res = await act(dossier.id, 'issue-result', { version: 1 });
    expect(res.status).toBe(409);
    expect((await api.context.db.select().from(dossiers).where(eq(dossiers.id, dossier.id)))[0]).toMatchObject({ resultFileKey: null });
  });
});

describe('apology letters', () => {
  const overdue = () => insertDossier(api.context.db, { status: 'processing', appointmentAt: new Date(Date.now() - 2 * DAY) });
  /** The first working day at least `days` days from now (weekends skipped; the fixtures hold the holidays). */
  const workingDayAhead = (days: number) => {
    let at = new Date(Date.now() + days * DAY);
    while ([0, 6].includes(new Date(`${vietnamDay(at)}T00:00:00Z`).getUTCDay())) at = new Date(at.getTime() + DAY);
    return vietnamDay(at);
  };

  it('is refused while the dossier is not overdue', async () => {
    const onTime = await insertDossier(api.context.db, { status: 'processing' });
    const res = await act(onTime.id, 'apologize', { reason, newAppointmentDate: workingDayAhead(3), version: 1 });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: '/problems/illegal-transition', allowed: expect.not.arrayContaining(['apologize']) });
  });

  it('needs a new appointment on a working day after today', async () => {
    const dossier = await overdue();
    for (const day of [vietnamDay(new Date()), '2020-01-06', '2026-02-30', '2027-01-02', '2027-02-08']) {
      const res = await act(dossier.id, 'apologize', { reason, newAppointmentDate: day, version: 1 });
      expect(res.status, day).toBe(400);
      expect(await res.json()).toMatchObject({ errors: { newAppointmentDate: [expect.stringContaining('ngày làm việc')] } });
    }
  });

  it('moves the appointment, keeps the letter and notifies every representative of the enterprise', async () => {
    await insertDossier(api.context.db, { applicantSub: 'other-representative', applicantType: 'business', orgTaxCode: '5600123456' });
    const dossier = await insertDossier(api.context.db, {
      status: 'processing',
      appointmentAt: new Date(Date.now() - 2 * DAY),
      applicantSub: business.sub,
      applicantType: 'business',
      applicantName: 'Công ty TNHH Hoa Ban Điện Biên',
      applicantIdNumber: '5600123456',
      orgTaxCode: '5600123456',
      orgName: 'Công ty TNHH Hoa Ban Điện Biên',
    });
    const day = workingDayAhead(5);
    const detail = (await (await act(dossier.id, 'apologize', { reason, newAppointmentDate: day, version: 1 })).json()) as DossierDetail;
    expect(detail.appointmentAt).toBe(endOfVietnamDay(day).toISOString());
    expect(detail.overdue).toBe(false);
    expect(detail.apologyLetters).toEqual([
      expect.objectContaining({ reason, previousAppointmentAt: dossier.appointmentAt!.toISOString(), newAppointmentAt: endOfVietnamDay(day).toISOString() }),
    ]);
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'apology_issued', visibility: 'applicant', text: reason });
    const [event] = await eventsOf(api.context.db, dossier.code!);
    expect(event!.type).toBe('procedures.apology_issued');
    expect(event!.notify!.map((notice) => notice.recipientSub).sort()).toEqual([business.sub, 'other-representative'].sort());
    expect(event!.notify![0]!.body!.vi).toContain(reason);
    expect(event!.notify![0]!.link).toBe(`/m/procedures/dossiers/${dossier.id}`);
  });
});

describe('audit trail', () => {
  it('lists every action with before and after for the agency and admins only', async () => {
    const dossier = await insertDossier(api.context.db);
    await act(dossier.id, 'receive', { version: 1 });
    await act(dossier.id, 'assign', { handlerSub: 'officer-2', handlerName: 'Trần Văn Bình', version: 2 });
    const res = await getAs(api, cityOfficer, `/office/dossiers/${dossier.id}/audit`);
    expect(res.status).toBe(200);
    const entries = (await res.json()) as Array<{ action: string; actorName: string; before: { status: string }; after: { status: string; handlerName: string } }>;
    expect(entries.map((entry) => [entry.action, entry.actorName, entry.before.status, entry.after.status])).toEqual([
      ['receive', 'Cán bộ Thành phố', 'submitted', 'processing'],
      ['assign', 'Cán bộ Thành phố', 'processing', 'processing'],
    ]);
    expect(entries[1]!.after.handlerName).toBe('Trần Văn Bình');
    expect((await getAs(api, admin, `/office/dossiers/${dossier.id}/audit`)).status).toBe(200);
    expect((await getAs(api, wardOfficer, `/office/dossiers/${dossier.id}/audit`)).status).toBe(404);
    expect((await getAs(api, citizen, `/office/dossiers/${dossier.id}/audit`)).status).toBe(403);
  });
});
