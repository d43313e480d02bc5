import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { endOfVietnamDay } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import type { DossierDetail } from '../../contract/schemas.js';
import { attachments } from '../../db/schema.js';
import { citizen, cityOfficer, insertCatalog, insertDossier, postAs } from './test-fixtures.js';

let api: ModuleApiHarness;
const vn = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  api = await startModuleApi(proceduresModule, { seed: false });
  await insertCatalog(api.context.db);
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await api?.close();
});

describe('the clock stops while a supplement is awaited', () => {
  it('requested on Monday, answered on Wednesday: the appointment moves by 2 working days (over the weekend)', async () => {
    const dossier = await insertDossier(api.context.db, {
      status: 'processing',
      submittedAt: vn('2026-12-03T09:00:00'),
      appointmentAt: endOfVietnamDay('2026-12-10'),
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(vn('2026-12-07T09:00:00'));
    const requested = await postAs(api, cityOfficer, `/office/dossiers/${dossier.id}/request-supplement`, {
      reason: 'Bổ sung bản sao hợp đồng thuê nhà có công chứng',
      documentIds: ['hop-dong'],
      version: 1,
    });
    const paused = (await requested.json()) as DossierDetail;
    expect(paused.pausedAt).toBe(vn('2026-12-07T09:00:00').toISOString());
    expect(paused.overdue).toBe(false);

    await api.context.db.insert(attachments).values({
      dossierId: dossier.id,
      documentId: 'hop-dong',
      supplementRequestId: paused.supplementRequests[0]!.id,
      fileName: 'hop-dong-thue-nha.pdf',
      mediaType: 'application/pdf',
      size: 1024,
      sha256: '0'.repeat(64),
      storageKey: `dossiers/${dossier.id}/test-hop-dong.pdf`,
      uploadedBy: citizen.sub,
    });
    vi.setSystemTime(vn('2026-12-09T10:00:00'));
    const answered = await postAs(api, citizen, `/dossiers/${dossier.id}/supplement`, { note: 'Đã bổ sung hợp đồng', version: 2 });
    expect(answered.status).toBe(200);
    const resumed = (await answered.json()) as DossierDetail;
    // Thursday 10 + 2 working days = Monday 14 December.
    expect(resumed).toMatchObject({ status: 'processing', pausedAt: null, appointmentAt: endOfVietnamDay('2026-12-14').toISOString() });
    expect(resumed.supplementRequests[0]!.answeredAt).toBe(vn('2026-12-09T10:00:00').toISOString());
  });
});
