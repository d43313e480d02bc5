// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReportPage, Stats } from '../../contract/schemas.js';
import {
  anonymous,
  fileReport,
  renderModule,
  setOrigin,
  startFeedbackServer,
  type FeedbackTestServer,
  type TestPerson,
} from '../office/ui-test-support.js';
import { formatCount, formatPercent } from '@portal/shared-ui/format';

/*
 * chart.js draws on a canvas, which happy-dom does not have: the chart module is replaced by a
 * recorder, which also tells whether (and when) the page imported it.
 */
const charts = vi.hoisted(() => ({ imported: 0, configs: [] as { type: string; data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } }[] }));
vi.mock('./chart-setup.js', () => {
  charts.imported += 1;
  class Chart {
    constructor(_canvas: unknown, config: (typeof charts.configs)[number]) {
      charts.configs.push(config);
    }
    destroy() {}
  }
  return { Chart };
});

const citizens: TestPerson[] = [1, 2, 3].map((n) => ({ sub: `citizen-${n}`, name: `Người dân ${n}`, roles: ['citizen'] }));
const CITY = { lat: 21.386, lng: 103.017 };
let server: FeedbackTestServer;
let privateCode: string;

async function apiJson<T>(path: string): Promise<T> {
  return (await (await server.api.request(path)).json()) as T;
}

beforeAll(async () => {
  globalThis.__MODULE_VERSION__ = '0.1.0-test';
  server = await startFeedbackServer();
  // Enough public reports for a second page (the API allows 10 per reporter per hour).
  const existing = (await apiJson<ReportPage>('/api/feedback/public/reports?limit=50')).items.length;
  for (let index = 0; index < Math.max(0, 22 - existing); index += 1) {
    const reporter = citizens[Math.floor(index / 9)]!;
    await fileReport(server.api, reporter, { categoryId: 'street-lighting', description: `Đèn đường số ${index + 1} không sáng`, ...CITY });
  }
  privateCode = (
    await fileReport(server.api, citizens[2]!, {
      categoryId: 'street-lighting',
      description: 'Phản ánh riêng tư về đèn trong ngõ',
      isPublic: false,
      ...CITY,
    })
  ).code;
}, 180_000);

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

afterAll(async () => {
  await server?.close();
});

const cardCodes = () => screen.queryAllByRole('article').map((card) => card.textContent?.match(/PA-\d{4}-\d{6}/)?.[0]);

describe('public feed', () => {
  it('lists public reports newest first, loads more with the cursor, and never shows private ones', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/public', anonymous);
    const first = await apiJson<ReportPage>('/api/feedback/public/reports');
    expect(first.nextCursor).not.toBeNull();
    await waitFor(() => expect(cardCodes()).toEqual(first.items.map((item) => item.code)), { timeout: 10_000 });
    const second = await apiJson<ReportPage>(`/api/feedback/public/reports?cursor=${encodeURIComponent(first.nextCursor!)}`);

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(cardCodes()).toEqual([...first.items, ...second.items].map((item) => item.code)), { timeout: 5000 });
    expect(cardCodes()).not.toContain(privateCode);
    // Reporters appear as initials at most.
    expect(screen.queryByText(/Người dân/)).toBeNull();
    const link = screen.getAllByRole('link').find((element) => element.getAttribute('href')?.includes(first.items[0]!.code));
    expect(link?.getAttribute('href')).toBe(`/m/feedback/reports/${first.items[0]!.code}`);
  });

  it('filters by status and ward with labelled selects', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/public', anonymous);
    await waitFor(() => expect(cardCodes().length).toBeGreaterThan(0), { timeout: 10_000 });
    const answered = await apiJson<ReportPage>('/api/feedback/public/reports?status=answered');
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'answered' } });
    await waitFor(() => expect(cardCodes()).toEqual(answered.items.map((item) => item.code)), { timeout: 5000 });

    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: '' } });
    const ward = screen.getByLabelText('Phường') as HTMLSelectElement;
    await waitFor(() => expect(within(ward).getByRole('option', { name: 'Phường Him Lam' })).toBeTruthy(), { timeout: 5000 });
    const himLam = (within(ward).getByRole('option', { name: 'Phường Him Lam' }) as HTMLOptionElement).value;
    const inWard = await apiJson<ReportPage>(`/api/feedback/public/reports?ward=${himLam}`);
    fireEvent.change(ward, { target: { value: himLam } });
    await waitFor(() => expect(cardCodes()).toEqual(inWard.items.map((item) => item.code)), { timeout: 5000 });
  });

  it('shows the reports on a map when asked, with how many there are', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/public', anonymous);
    fireEvent.click(await screen.findByRole('radio', { name: 'Bản đồ' }, { timeout: 10_000 }));
    const points = await apiJson<{ features: unknown[] }>('/api/feedback/public/map');
    expect(await screen.findByText(`${points.features.length} phản ánh trên bản đồ. Chạm vào một điểm để mở phản ánh.`, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Bản đồ' })).toBeTruthy();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('never loads the chart library outside the statistics page', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/public', anonymous);
    await waitFor(() => expect(cardCodes().length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(charts.imported).toBe(0);
  });
});

describe('statistics', () => {
  it('shows the API figures as a table formatted the Vietnamese way, and draws the charts lazily', async () => {
    setOrigin(server.origin);
    const stats = await apiJson<Stats>('/api/feedback/stats?by=ward');
    expect(stats.rows.length).toBeGreaterThan(0);
    renderModule('/m/feedback/stats', anonymous);
    const table = await screen.findByRole('table', { name: 'Số liệu phản ánh theo phường' }, { timeout: 10_000 });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Tên', 'Tiếp nhận', 'Đã giải quyết', 'Đang xử lý', 'Quá hạn', 'Đúng hạn', 'Số ngày trả lời (trung vị)', 'Hài lòng', 'Mở lại']);
    const rowNames = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rowNames).toEqual([...stats.rows.map((row) => row.name.vi), 'Tổng cộng']);
    const totalCells = within(within(table).getByRole('rowheader', { name: 'Tổng cộng' }).closest('tr')!).getAllByRole('cell');
    expect(totalCells[0]!.textContent).toBe(formatCount(stats.total.received, 'vi'));
    expect(totalCells[1]!.textContent).toBe(formatCount(stats.total.resolved, 'vi'));
    expect(totalCells[4]!.textContent).toBe(formatPercent(stats.total.onTimePercent, 'vi') ?? 'Chưa có');
    for (const cell of within(table).getAllByRole('cell').filter((_, index) => index % 8 === 4)) {
      expect(cell.textContent).toMatch(/^(\d+(,\d)?%|Chưa có)$/);
    }

    await waitFor(() => expect(charts.configs).toHaveLength(2), { timeout: 5000 });
    expect(charts.imported).toBe(1);
    const [status, onTime] = charts.configs;
    expect(status!.data.labels).toEqual(stats.rows.map((row) => row.name.vi));
    expect(status!.data.datasets.map((dataset) => dataset.data)).toEqual([
      stats.rows.map((row) => row.resolved),
      stats.rows.map((row) => row.inProgress - row.overdue),
      stats.rows.map((row) => row.overdue),
    ]);
    expect(onTime!.data.datasets[0]!.data).toEqual(stats.rows.map((row) => row.onTimePercent));
    // The charts have a text alternative.
    expect(screen.getByRole('img', { name: /Biểu đồ cột chồng: số phản ánh đã giải quyết, đang xử lý và quá hạn của từng phường/ })).toBeTruthy();
  });

  it('regroups by unit and filters by category', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/stats', anonymous);
    await screen.findByRole('table', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Đơn vị xử lý' }));
    const byUnit = await apiJson<Stats>('/api/feedback/stats?by=unit&category=street-lighting');
    const category = screen.getByLabelText('Lĩnh vực') as HTMLSelectElement;
    await waitFor(() => expect(category.options.length).toBeGreaterThan(1), { timeout: 5000 });
    fireEvent.change(category, { target: { value: 'street-lighting' } });
    const table = await screen.findByRole('table', { name: 'Số liệu phản ánh theo đơn vị' }, { timeout: 5000 });
    await waitFor(
      () => expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([...byUnit.rows.map((row) => row.name.vi), 'Tổng cộng']),
      { timeout: 5000 },
    );
  });
});
