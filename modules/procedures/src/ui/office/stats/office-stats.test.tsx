// @vitest-environment happy-dom
import type { Caller } from '@portal/module-kit';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { proceduresModule } from '../../../../module.js';
import type { Stats } from '../../../contract/schemas.js';
import { renderApp } from '../../shared/testing/render-app.js';
import { harnessSession, renderPage } from '../ui-test-support.js';
import { OfficeStatsPage } from './office-stats-page.js';

/*
 * The desk statistics page against the real procedures API (seeded agencies and sample dossiers, PGlite or
 * PostgreSQL): the page's fetch hands requests to the API in-process as the given caller.
 */

const DESK = 'bp-mot-cua-tp-dbp';
const DESK_NAME = 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa';
const OTHER_AGENCY = 'UBND phường Him Lam';
const officer = testCaller({ sub: 'officer-15', roles: ['officer'], units: [DESK], name: 'Cầm Văn Sơn' });
const citizen = testCaller({ sub: 'citizen-1', roles: ['citizen'], units: [], name: 'Nguyễn Văn An' });
let api: ModuleApiHarness;

const sessionAs = (caller: Caller | null) => harnessSession(api, caller);

const renderStats = (caller: Caller) => renderPage(<OfficeStatsPage />, { path: 'office/stats', route: 'office/stats', session: sessionAs(caller) });

/** The text of the CSV the page hands to the browser to save (URL.createObjectURL still runs). */
async function downloadedCsv(click: () => void): Promise<string> {
  const created = vi.spyOn(URL, 'createObjectURL');
  try {
    click();
    await waitFor(() => expect(created).toHaveBeenCalled());
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark Excel looks for
    return new TextDecoder().decode(bytes); // drops the mark
  } finally {
    created.mockRestore();
  }
}

beforeAll(async () => {
  api = await startModuleApi(proceduresModule);
}, 120_000);
afterEach(() => cleanup());
afterAll(async () => {
  await api?.close();
});

describe('the desk statistics page', () => {
  it('shows an officer only their own agency, with the totals, and downloads the same figures as CSV', async () => {
    renderStats(officer);
    fireEvent.click(await screen.findByRole('radio', { name: 'Năm nay' }));
    expect(await screen.findByText('Tổng cộng', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText(DESK_NAME).length).toBeGreaterThan(0);
    expect(screen.queryByText(OTHER_AGENCY)).toBeNull();

    const csv = await downloadedCsv(() => fireEvent.click(screen.getByRole('button', { name: 'Tải bảng (CSV)' })));
    const year = new Date().getFullYear();
    const answer = (await (await api.request(`/api/procedures/office/stats?from=${year}-01-01`, {}, { as: officer })).json()) as Stats;
    const [desk] = answer.agencies;
    const figures = (row: Stats['total']) => [row.received, row.inProcess, row.early, row.onTime, row.late, row.onTimePercent ?? ''].join(',');
    expect(answer.agencies).toHaveLength(1);
    expect(csv.split('\r\n')).toEqual([
      'Cơ quan,Tiếp nhận,Đang xử lý,Trước hạn,Đúng hạn,Trễ hạn,Tỉ lệ đúng hạn (%)',
      `${DESK_NAME},${figures(desk!)}`,
      `Tổng cộng,${figures(answer.total)}`,
      '',
    ]);
    expect(desk!.received).toBeGreaterThan(0);
  });

  it('asks for a custom period only once both days are in order', async () => {
    renderStats(officer);
    fireEvent.click(await screen.findByRole('radio', { name: 'Tuỳ chọn' }));
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-11-10' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Ngày kết thúc phải sau ngày bắt đầu.');
    expect(screen.getByLabelText('Đến ngày').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-11-25' } });
    expect(await screen.findByText('Từ 20/11/2026 đến 25/11/2026')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('Tổng cộng', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('is the module’s /m/procedures/office/stats', async () => {
    renderApp('/m/procedures/office/stats', sessionAs(officer));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thống kê của cơ quan' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tháng này' })).toHaveProperty('checked', true);
  });

  it('tells a citizen the page is for the one-stop desk', async () => {
    renderStats(citizen);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trang này chỉ dành cho cán bộ Bộ phận Một cửa' })).toBeTruthy();
  });

  it('tells an officer with no agency that their account is not linked to one', async () => {
    renderStats(testCaller({ sub: 'officer-new', roles: ['officer'], units: [], name: 'Lò Thị Mai' }));
    expect(await screen.findByText('Tài khoản của bạn chưa gắn với cơ quan nào', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải bảng (CSV)' })).toBeNull();
  });
});
