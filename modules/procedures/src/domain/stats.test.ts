import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfVietnamDay } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../module.js';
import { CITY, WARD, WARD_PROCEDURE, insertCatalog, insertDossier, cityOfficer } from '../api/office/test-fixtures.js';
import { apologyLetters } from '../db/schema.js';
import { computeStats, defaultStatsPeriod } from './stats.js';

const vn = (local: string) => new Date(`${local}+07:00`);
const NOW = vn('2026-11-30T10:00:00');
const period = { from: '2026-11-01', to: '2026-11-30', now: NOW };

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(proceduresModule, { seed: false });
  const db = api.context.db;
  await insertCatalog(db);
  const inNovember = vn('2026-11-10T09:00:00');
  const due13 = endOfVietnamDay('2026-11-13');
  // Not counted anywhere: a draft.
  await insertDossier(db, { status: 'draft', code: null, submittedAt: null, appointmentAt: null });
  // Finished early (the 12th, due the 13th), on the day (17:00 on the 13th), late (denied on the 16th).
  await insertDossier(db, { status: 'result_issued', submittedAt: inNovember, appointmentAt: due13, resultIssuedAt: vn('2026-11-12T10:00:00') });
  await insertDossier(db, { status: 'returned', submittedAt: inNovember, appointmentAt: due13, resultIssuedAt: vn('2026-11-13T17:00:00') });
  await insertDossier(db, { status: 'denied', submittedAt: inNovember, appointmentAt: due13, decidedAt: vn('2026-11-16T09:00:00') });
  // Late although before its new appointment: an apology moved it from the 18th to the 25th.
  const apologized = await insertDossier(db, {
    status: 'result_issued',
    submittedAt: inNovember,
    appointmentAt: endOfVietnamDay('2026-11-25'),
    resultIssuedAt: vn('2026-11-20T09:00:00'),
  });
  await db.insert(apologyLetters).values({
    dossierId: apologized.id,
    reason: 'Cần thêm thời gian xác minh hồ sơ',
    previousAppointmentAt: endOfVietnamDay('2026-11-18'),
    newAppointmentAt: endOfVietnamDay('2026-11-25'),
    issuedBy: cityOfficer.sub,
  });
  // In process: overdue (processing, due the 27th), paused past its appointment (not overdue), approved on time.
  await insertDossier(db, { status: 'processing', submittedAt: inNovember, appointmentAt: endOfVietnamDay('2026-11-27') });
  await insertDossier(db, { status: 'awaiting_supplement', submittedAt: inNovember, appointmentAt: endOfVietnamDay('2026-11-26'), pausedAt: inNovember });
  await insertDossier(db, { status: 'approved', submittedAt: inNovember, appointmentAt: endOfVietnamDay('2026-12-03') });
  // October: neither received nor finished in November.
  await insertDossier(db, { status: 'returned', submittedAt: vn('2026-10-05T09:00:00'), appointmentAt: endOfVietnamDay('2026-10-08'), resultIssuedAt: vn('2026-10-07T09:00:00') });
  // 1 November 01:00 in Vietnam is still 31 October in UTC: received in November.
  await insertDossier(db, { status: 'submitted', submittedAt: vn('2026-11-01T01:00:00'), appointmentAt: endOfVietnamDay('2026-11-05') });
  // The ward: one overdue dossier.
  await insertDossier(db, { agencyId: WARD, procedureId: WARD_PROCEDURE, status: 'processing', submittedAt: inNovember, appointmentAt: due13 });
});

afterAll(async () => {
  await api?.close();
});

describe('computeStats', () => {
  it('counts received, early, on time, late, in process and overdue per agency by the Vietnamese calendar', async () => {
    const stats = await computeStats(api.context.db, period);
    const city = stats.agencies.find((row) => row.agency.id === CITY);
    expect(city).toEqual({
      agency: { id: CITY, name: { vi: 'UBND thành phố Thử nghiệm — Bộ phận Một cửa', en: 'Test City — One-stop desk' }, level: 'district' },
      received: 8,
      inProcess: 3,
      early: 1,
      onTime: 1,
      late: 2,
      onTimePercent: 50,
      overdueInProcess: 1,
    });
    const ward = stats.agencies.find((row) => row.agency.id === WARD);
    expect(ward).toMatchObject({ received: 1, inProcess: 1, early: 0, onTime: 0, late: 0, onTimePercent: null, overdueInProcess: 1 });
    expect(stats.total).toEqual({ received: 9, inProcess: 4, early: 1, onTime: 1, late: 2, onTimePercent: 50, overdueInProcess: 2 });
    expect(stats.from).toBe('2026-11-01');
    expect(stats.to).toBe('2026-11-30');
  });

  it('lists the district before the commune', async () => {
    const stats = await computeStats(api.context.db, period);
    expect(stats.agencies.map((row) => row.agency.id)).toEqual([CITY, WARD]);
  });

  it('narrows to the given agencies, total included', async () => {
    const stats = await computeStats(api.context.db, { ...period, agencyIds: [WARD] });
    expect(stats.agencies.map((row) => row.agency.id)).toEqual([WARD]);
    expect(stats.total.received).toBe(1);
    expect(await computeStats(api.context.db, { ...period, agencyIds: [] })).toMatchObject({ agencies: [], total: { received: 0 } });
  });

  it('counts October in October only', async () => {
    const stats = await computeStats(api.context.db, { from: '2026-10-01', to: '2026-10-31', now: NOW, agencyIds: [CITY] });
    expect(stats.total).toMatchObject({ received: 1, early: 1, onTime: 0, late: 0, onTimePercent: 100 });
  });
});

describe('defaultStatsPeriod', () => {
  it('is the last 365 days up to today in Vietnam', () => {
    expect(defaultStatsPeriod({}, vn('2026-11-30T23:30:00'))).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultStatsPeriod({ from: '2026-01-01' }, NOW)).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });
});
