// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../i18n.js';
import { startFakeFeedbackServer, type FakeFeedbackServer } from '../reports/testing/fake-feedback-server.js';
import { setOrigin } from '../reports/testing/render-app.js';
import { ReportMap } from './report-map.js';
import { pointsFromGeoJson } from './types.js';

let server: FakeFeedbackServer;

beforeAll(async () => {
  server = await startFakeFeedbackServer();
  setOrigin(server.origin);
});

afterEach(() => cleanup());

afterAll(async () => {
  await server?.close();
});

const ward = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      properties: { id: 'phuong-him-lam', level: 'ward', parentId: 'tp-dien-bien-phu', name: { vi: 'Phường Him Lam', en: 'Him Lam ward' } },
      geometry: { type: 'Polygon', coordinates: [[[103.01, 21.40], [103.03, 21.40], [103.03, 21.42], [103.01, 21.42], [103.01, 21.40]]] },
    },
  ],
};

describe('ReportMap', () => {
  it('loads Leaflet only when shown and draws boundaries, report points and the pin without any tile server', async () => {
    const { container } = render(
      <ReportMap
        boundaries={ward}
        points={[{ code: 'PA-2026-000123', status: 'in_progress', lat: 21.41, lng: 103.02, title: 'Đèn đường hỏng' }]}
        pin={{ lat: 21.409, lng: 103.019 }}
        onPick={() => undefined}
      />,
    );
    expect(screen.getByRole('region', { name: 'Bản đồ' })).toBeTruthy();
    expect(screen.getByText('Đang tải bản đồ…')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Đang tải bản đồ…')).toBeNull(), { timeout: 5000 });
    expect(screen.queryByText('Không tải được bản đồ.')).toBeNull();
    expect(container.querySelector('.leaflet-container')).toBeTruthy();
    expect(container.querySelector('.leaflet-tile-pane')!.children).toHaveLength(0); // no tiles configured
    // The pin, outline and points are drawn by effects after the map is shown: wait for them, not for a render.
    await waitFor(() => expect(container.querySelector('.feedback-map-pin')?.getAttribute('title')).toBe('Vị trí đã chọn'));
    // The ward outline and the report's circle marker are SVG paths; the report's colour is its status.
    await waitFor(() => expect(container.querySelectorAll('path').length).toBe(2));
    const paths = [...container.querySelectorAll('path')];
    expect(paths.some((path) => path.getAttribute('fill') === '#8a4b00')).toBe(true);
    expect(server.requests).toContain('GET /api/feedback/map-config');
  });

  it('lets a keyboard user drop the pin: Enter on the map picks its centre', async () => {
    const picked: Array<{ lat: number; lng: number }> = [];
    const { container } = render(<ReportMap boundaries={null} center={{ lat: 21.386, lng: 103.017 }} onPick={(at) => picked.push(at)} />);
    await waitFor(() => expect(container.querySelector('.leaflet-container')).toBeTruthy(), { timeout: 5000 });
    fireEvent.keyDown(container.querySelector('.leaflet-container')!, { key: 'Enter' });
    expect(picked).toHaveLength(1);
    expect(picked[0]!.lat).toBeCloseTo(21.386, 3);
    expect(picked[0]!.lng).toBeCloseTo(103.017, 3);
  });

  it('reads report points from the public map GeoJSON', () => {
    expect(
      pointsFromGeoJson({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [103.0106, 21.3836] }, properties: { code: 'PA-2026-000004', status: 'answered', title: 'Hầm De Castries' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [103, 21] }, properties: {} },
        ],
      }),
    ).toEqual([{ code: 'PA-2026-000004', status: 'answered', title: 'Hầm De Castries', lat: 21.3836, lng: 103.0106 }]);
  });
});
