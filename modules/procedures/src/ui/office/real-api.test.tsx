// @vitest-environment happy-dom
import { testCaller, startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import type { Caller } from '@portal/module-kit';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { proceduresModule } from '../../../module.js';
import { dossierEvents, dossiers } from '../../db/schema.js';
import { LookupPage } from '../public/lookup-page.js';
import { StatsPage } from '../public/stats-page.js';
import { VerifyPage } from '../public/verify-page.js';
import { InboxPage } from './inbox-page.js';
import { OfficeDossierPage } from './office-dossier-page.js';
import { harnessSession, renderPage } from './ui-test-support.js';

/*
 * The desk pages against the real procedures API (real routes, seeded catalog, PGlite or PostgreSQL):
 * proves the pages and the API agree on paths, bodies and answers. The page's fetch hands requests to
 * the API in-process as the given caller (sign-on itself is the gateway's to test).
 */

const DESK = 'bp-mot-cua-tp-dbp';
const CODE = 'H40.25-261130-9001';
const officer = testCaller({ sub: 'officer-15', roles: ['officer'], units: [DESK], name: 'Cầm Văn Sơn' });
let api: ModuleApiHarness;
let dossierId: string;
let approvedId: string;

const sessionAs = (caller: Caller | null) => harnessSession(api, caller);

beforeAll(async () => {
  api = await startModuleApi(proceduresModule);
  const submittedAt = new Date(Date.now() - 2 * 3_600_000);
  const [row] = await api.database.db
    .insert(dossiers)
    .values({
      code: CODE,
      procedureId: 'dang-ky-thanh-lap-ho-kinh-doanh',
      agencyId: DESK,
      status: 'submitted',
      applicantSub: 'business-rep-test',
      applicantType: 'business',
      applicantName: 'Nguyễn Thị Hoa',
      applicantIdNumber: '5600123456',
      orgTaxCode: '5600123456',
      orgName: 'Công ty TNHH Hoa Ban Điện Biên',
      form: {},
      feeVnd: 100_000,
      feeStatus: 'due',
      submittedAt,
      appointmentAt: new Date(Date.now() + 5 * 86_400_000),
    })
    .returning();
  dossierId = row!.id;
  const [approved] = await api.database.db
    .insert(dossiers)
    .values({ ...row!, id: undefined, code: 'H40.25-261130-9002', status: 'approved', feeStatus: 'paid', paidAt: new Date(), receivedAt: submittedAt, decidedAt: new Date() })
    .returning();
  approvedId = approved!.id;
  await api.database.db.insert(dossierEvents).values({ dossierId, kind: 'submitted', visibility: 'applicant', toStatus: 'submitted', at: submittedAt });
}, 120_000);

afterEach(() => cleanup());
afterAll(async () => {
  await api?.close();
});

describe('desk pages against the real API', () => {
  it('finds the new dossier in the inbox by its code', async () => {
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionAs(officer) });
    expect(await screen.findByRole('button', { name: /^Mới, \d+ hồ sơ$/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tìm theo mã hồ sơ hoặc tên người nộp'), { target: { value: CODE } });
    const link = await screen.findByRole('link', { name: new RegExp(CODE.replace(/\./g, '\\.')) }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe(`/m/procedures/office/dossiers/${dossierId}`);
    expect(link.textContent).toContain('Công ty TNHH Hoa Ban Điện Biên');
  });

  it('receives the dossier, then requests a supplement that pauses the clock; the audit trail shows both', async () => {
    renderPage(<OfficeDossierPage />, { path: `office/dossiers/${dossierId}`, route: 'office/dossiers/:id', session: sessionAs(officer) });
    await screen.findByRole('heading', { level: 1, name: CODE }, { timeout: 5000 });
    const actions = () => screen.getByRole('heading', { name: 'Thao tác' }).parentElement!;

    fireEvent.click(within(actions()).getByRole('button', { name: 'Tiếp nhận' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tiếp nhận' }));
    expect(await screen.findByText('Đã lưu.', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(within(actions()).getByRole('button', { name: 'Yêu cầu bổ sung' })).toBeTruthy());

    fireEvent.click(within(actions()).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Bản sao giấy tờ chưa được chứng thực, đề nghị nộp lại' } });
    const firstDocument = within(dialog).getAllByRole('checkbox')[0]!;
    fireEvent.click(firstDocument);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Yêu cầu bổ sung' })).toBeTruthy();
    // The reason shows in the request and in the timeline.
    expect(screen.getAllByText('Bản sao giấy tờ chưa được chứng thực, đề nghị nộp lại').length).toBeGreaterThan(0);

    const [row] = await api.database.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(row?.status).toBe('awaiting_supplement');
    expect(row?.pausedAt).not.toBeNull();

    const details = screen.getByText('Nhật ký thao tác').closest('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(within(details).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    expect(within(details).getAllByText('Tiếp nhận').length).toBeGreaterThan(0);
  });

  it('the public lookup tells the state with the code and the last 4 digits of the tax code', async () => {
    renderPage(<LookupPage />, { path: 'lookup', route: 'lookup', session: sessionAs(null) });
    fireEvent.change(screen.getByLabelText('Mã hồ sơ'), { target: { value: CODE } });
    fireEvent.change(screen.getByLabelText('4 số cuối CCCD hoặc mã số thuế'), { target: { value: '3456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    const answer = (await screen.findByRole('heading', { name: `Hồ sơ ${CODE}` }, { timeout: 5000 })).parentElement!;
    expect(within(answer).getByText('Chờ bổ sung')).toBeTruthy();
    expect(answer.textContent).not.toContain('Nguyễn Thị Hoa');
  });

  it('issues the result, whose verification code the public verify page finds valid', async () => {
    renderPage(<OfficeDossierPage />, { path: `office/dossiers/${approvedId}`, route: 'office/dossiers/:id', session: sessionAs(officer) });
    await screen.findByRole('heading', { level: 1, name: 'H40.25-261130-9002' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành kết quả' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ban hành kết quả' }));
    const result = (await screen.findByRole('heading', { name: 'Kết quả' }, { timeout: 15_000 })).parentElement!;
    const code = within(result).getByText(/^[0-9A-Z]{10}$/).textContent!;
    expect(within(result).getByRole('button', { name: 'Tải kết quả (PDF)' })).toBeTruthy();
    cleanup();

    renderPage(<VerifyPage />, { path: `verify/${code}`, route: 'verify/:code', session: sessionAs(null) });
    const panel = (await screen.findByRole('heading', { name: 'Văn bản hợp lệ' }, { timeout: 5000 })).parentElement!;
    expect(within(panel).getByText('H40.25-261130-9002')).toBeTruthy();
    expect(within(panel).getByText(/^[0-9a-f]{64}$/)).toBeTruthy();
  });

  it('the public statistics show the agencies and the totals', async () => {
    renderPage(<StatsPage />, { path: 'stats', route: 'stats', session: sessionAs(null) });
    // A table or cards depending on the width: either way the totals and the desk's own row.
    expect(await screen.findByText('Tổng cộng', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText(/Bộ phận Một cửa/).length).toBeGreaterThan(0);
  });
});
