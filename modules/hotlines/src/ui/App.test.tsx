// @vitest-environment happy-dom
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hotlinesModule } from '../../module.js';
import App from './App.js';

/*
 * The UI against the real module API (real routes, real PGlite or PostgreSQL) served over HTTP on
 * a free port; the page's origin is set to that server so the UI's same-origin fetches reach it.
 * Only navigator.geolocation, a browser API, is stubbed.
 */
let api: ModuleApiHarness;
let server: ServerType;
let origin: string;

function listen(app: ModuleApiHarness['app']): Promise<ServerType> {
  return new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
}

function setOrigin(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${url}/m/hotlines`);
}

function renderAt(path = '/m/hotlines') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/m/hotlines/*" element={<App basePath="/m/hotlines" version="0.1.0" />} />
      </Routes>
    </MemoryRouter>,
  );
}

function grantLocation(lat: number, lng: number) {
  Object.defineProperty(window.navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(success: PositionCallback) {
        success({ coords: { latitude: lat, longitude: lng, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition);
      },
    },
  });
}

const facilityNames = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

beforeAll(async () => {
  globalThis.__MODULE_VERSION__ = '0.1.0-test';
  api = await startModuleApi(hotlinesModule);
  server = await listen(api.app);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterEach(async () => {
  cleanup();
  setOrigin(origin);
  await changeLanguage('vi');
});

afterAll(async () => {
  server?.close();
  await api?.close();
});

describe('hotlines UI', () => {
  it('shows 113, 114, 115, 112 and 111 as tel: links at once, before the API answers', () => {
    setOrigin(origin);
    renderAt();
    for (const number of ['113', '114', '115', '112', '111']) {
      const link = screen.getByRole('link', { name: new RegExp(`^Gọi ${number} `) });
      expect(link.getAttribute('href')).toBe(`tel:${number}`);
    }
    expect(screen.getByRole('link', { name: /113 Công an/ })).toBeTruthy();
  });

  it('keeps the emergency numbers when the API cannot be reached, and offers a retry for the list', async () => {
    const closed = await listen(api.app);
    const deadOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    setOrigin(deadOrigin);
    renderAt();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByText('Không tải được danh sách')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Gọi 115/ }).getAttribute('href')).toBe('tel:115');
  });

  it('lists local lines with call and map buttons, and filters them as the visitor types', async () => {
    setOrigin(origin);
    renderAt();
    await screen.findByText('Bệnh viện Đa khoa tỉnh Điện Biên');
    expect(facilityNames()).toContain('Công an thành phố Điện Biên Phủ');
    expect(screen.getByRole('link', { name: 'Gọi 0215 3825 115' }).getAttribute('href')).toBe('tel:02153825115');
    const mapLink = screen.getAllByRole('link', { name: /^Bản đồ/ })[0]!;
    expect(mapLink.textContent).toBe('Bản đồ: Bệnh viện Đa khoa tỉnh Điện Biên');
    expect(mapLink.getAttribute('href')).toContain('mlat=21.4046&mlon=103.0352');

    fireEvent.change(screen.getByLabelText('Tìm theo tên, đơn vị hoặc địa chỉ'), { target: { value: 'benh vien' } });
    await waitFor(() => expect(facilityNames()).not.toContain('Công an thành phố Điện Biên Phủ'), { timeout: 3000 });
    expect(facilityNames()).toEqual([
      'Bệnh viện Đa khoa tỉnh Điện Biên',
      'Bệnh viện Sản Nhi tỉnh Điện Biên',
      'Trung tâm Y tế huyện Tuần Giáo (bệnh viện huyện)',
    ]);
    expect(screen.getByText('3 kết quả')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tìm theo tên, đơn vị hoặc địa chỉ'), { target: { value: 'xyzzy' } });
    expect(await screen.findByText('Không tìm thấy kết quả phù hợp', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('opens a detail page with a call button and a back link to the list', async () => {
    setOrigin(origin);
    renderAt('/m/hotlines/facilities/dien-bien-provincial-hospital');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bệnh viện Đa khoa tỉnh Điện Biên' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gọi 0215 3825 115' }).getAttribute('href')).toBe('tel:02153825115');
    expect(screen.getByText('Tổ dân phố 10, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Quay lại danh sách' }).getAttribute('href')).toBe('/m/hotlines');
  });

  it('says so when a detail page names an unknown line', async () => {
    setOrigin(origin);
    renderAt('/m/hotlines/facilities/no-such-line');
    expect(await screen.findByText('Không tìm thấy đường dây này')).toBeTruthy();
  });

  it('shows its own version in the footer', () => {
    setOrigin(origin);
    renderAt();
    expect(screen.getByTestId('module-version').textContent).toContain('0.1.0-test');
  });

  it('sorts by distance and shows it once the visitor shares their location', async () => {
    setOrigin(origin);
    grantLocation(21.5754, 103.4139); // 1.2 km south of the Tuần Giáo police station
    renderAt();
    await screen.findByText('Bệnh viện Đa khoa tỉnh Điện Biên');
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí của tôi' }));
    await waitFor(() => expect(facilityNames()[0]).toBe('Công an huyện Tuần Giáo'), { timeout: 3000 });
    const [nearest, second] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('hotlines-facility'));
    expect(nearest!.textContent).toContain('cách 1,2 km');
    expect(second!.textContent).toContain('cách 1,6 km');
    expect(screen.getByText('Đã sắp xếp theo khoảng cách từ vị trí của bạn.')).toBeTruthy();
  });

  it('speaks English when the visitor switched language', async () => {
    setOrigin(origin);
    await changeLanguage('en');
    renderAt();
    expect(screen.getByRole('heading', { level: 2, name: 'Emergency numbers' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Call 113 Police/ }).getAttribute('href')).toBe('tel:113');
    expect(await screen.findByText('Điện Biên Provincial General Hospital')).toBeTruthy();
  });
});
