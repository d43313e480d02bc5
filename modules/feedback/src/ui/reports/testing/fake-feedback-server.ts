import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { Category, CreatedReport, Place, ReportDetail } from '../../../contract/schemas.js';

/*
 * A stand-in for the feedback API over real HTTP, for the UI tests: the browser side (fetch,
 * XMLHttpRequest uploads, multipart bodies, headers) runs unchanged, and the test sees exactly what
 * the UI sent. It answers with the contract's shapes; the real API has its own tests.
 */

export interface ReceivedReport {
  idempotencyKey: string | null;
  authorization: string | null;
  report: Record<string, unknown>;
  photos: Array<{ name: string; type: string; size: number }>;
}

export const CATEGORIES: Category[] = [
  { id: 'street-lighting', name: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' }, icon: 'alert', deadlineDays: 10 },
  { id: 'power-grid', name: { vi: 'Lưới điện', en: 'Power grid' }, icon: 'alert', deadlineDays: 7 },
];

export const HIM_LAM_PLACE: Place = {
  group: { id: 'him-lam-to-3', name: { vi: 'Tổ dân phố 3', en: 'Group 3' } },
  ward: { id: 'him-lam', name: { vi: 'Phường Him Lam', en: 'Him Lam ward' } },
  district: { id: 'tp-dien-bien-phu', name: { vi: 'Thành phố Điện Biên Phủ', en: 'Điện Biên Phủ city' } },
  label: {
    vi: 'Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ',
    en: 'Group 3, Him Lam ward, Điện Biên Phủ city',
  },
};

const UNIT = { id: 'phong-qldt-tp-dbp', name: { vi: 'Phòng Quản lý đô thị TP Điện Biên Phủ', en: 'Điện Biên Phủ City Urban Management' }, kind: 'city_department' };

export function sampleDetail(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    code: 'PA-2026-000123',
    category: CATEGORIES[0]!,
    status: 'answered',
    isPublic: true,
    excerpt: 'Đèn đường hỏng',
    location: { lat: 21.3935, lng: 103.0275 },
    place: HIM_LAM_PLACE,
    unit: UNIT,
    submittedAt: '2026-11-02T01:00:00.000Z',
    dueAt: '2026-11-16T16:59:59.000Z',
    answeredAt: '2026-11-12T03:00:00.000Z',
    overdue: false,
    thumbUrl: null,
    reporterInitials: 'N.V.A.',
    description: 'Đèn đường ở tổ dân phố 3 hỏng đã một tuần, buổi tối rất tối.',
    accuracyM: 12,
    locationSource: 'device',
    photos: [],
    answer: { text: 'Đã thay bóng đèn mới ngày 12/11.', at: '2026-11-12T03:00:00.000Z', unit: UNIT, photos: [] },
    rejectReason: null,
    rating: null,
    reopenCount: 0,
    timeline: [],
    followers: 0,
    following: false,
    can: { rate: true, follow: false, act: [] },
    reporter: { name: 'Nguyễn Văn An', phone: null, nationalId: null },
    handler: null,
    privacyFlags: [],
    version: 3,
    ...overrides,
  };
}

export interface FakeFeedbackServer {
  origin: string;
  received: ReceivedReport[];
  /** Every request as "METHOD /path?query". */
  requests: string[];
  /** Bodies of JSON POSTs by path. */
  jsonBodies: Map<string, unknown[]>;
  /** Answer POST /reports with this many 503s before accepting (simulates a server that is down). */
  failNextReports(count: number): void;
  /** Answer POST /reports with this problem from now on (null: accept again). */
  refuseReports(problem: { status: number; type: string; title: string; detail: string; errors?: Record<string, string[]> } | null): void;
  setDetail(detail: ReportDetail): void;
  close(): Promise<void>;
}

const problem = (c: Context, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

export async function startFakeFeedbackServer(): Promise<FakeFeedbackServer> {
  const received: ReceivedReport[] = [];
  const requests: string[] = [];
  const jsonBodies = new Map<string, unknown[]>();
  const createdByKey = new Map<string, CreatedReport>();
  let failures = 0;
  let refusal: Parameters<FakeFeedbackServer['refuseReports']>[0] = null;
  let detail = sampleDetail();
  let sequence = 122;

  const app = new Hono();
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    requests.push(`${c.req.method} ${url.pathname}${url.search}`);
    if (c.req.method === 'POST' && c.req.header('content-type')?.startsWith('application/json')) {
      const body: unknown = await c.req.json();
      jsonBodies.set(url.pathname, [...(jsonBodies.get(url.pathname) ?? []), body]);
    }
    await next();
  });
  app.get('/api/feedback/map-config', (c) => c.json({ tileUrl: null, attribution: null }));
  app.get('/api/feedback/categories', (c) => c.json({ items: CATEGORIES }));
  app.get('/api/feedback/boundaries', (c) => c.json({ type: 'FeatureCollection', features: [] }));
  app.get('/api/feedback/place', (c) => {
    const lat = Number(c.req.query('lat'));
    if (lat < 20) return problem(c, 422, { type: '/problems/outside-province', title: 'Outside the province', detail: 'Vị trí nằm ngoài tỉnh Điện Biên.' });
    return c.json(HIM_LAM_PLACE);
  });
  // One open public report of street lighting near Him Lam group 3: the form's "is this yours?".
  app.get('/api/feedback/nearby', (c) => {
    if (c.req.query('category') !== 'street-lighting') return c.json({ items: [] });
    const { code, category, status, isPublic, excerpt, location, place, unit, submittedAt, dueAt, answeredAt, overdue, thumbUrl, reporterInitials } =
      sampleDetail({ code: 'PA-2026-000077', status: 'in_progress', answer: null, excerpt: 'Cả dãy đèn đường tổ 3 tắt từ thứ Hai.' });
    return c.json({ items: [{ code, category, status, isPublic, excerpt, location, place, unit, submittedAt, dueAt, answeredAt, overdue, thumbUrl, reporterInitials }] });
  });
  app.post('/api/feedback/reports/:code/follow', (c) => c.body(null, 204));
  app.post('/api/feedback/reports/check-text', async (c) => {
    const { text } = await c.req.json<{ text: string }>();
    const phones = text.match(/0\d{9}/g) ?? [];
    return c.json({ findings: phones.map((match) => ({ kind: 'phone', match })) });
  });
  app.post('/api/feedback/reports', async (c) => {
    const key = c.req.header('idempotency-key') ?? null;
    const form = await c.req.parseBody({ all: true });
    const photos = ([] as unknown[]).concat(form.photos ?? []).filter((file): file is File => file instanceof File);
    received.push({
      idempotencyKey: key,
      authorization: c.req.header('authorization') ?? null,
      report: JSON.parse(String(form.report)) as Record<string, unknown>,
      photos: photos.map((photo) => ({ name: photo.name, type: photo.type, size: photo.size })),
    });
    if (failures > 0) {
      failures -= 1;
      return problem(c, 503, { type: '/problems/service-unavailable', title: 'Service unavailable', detail: 'Try again later.' });
    }
    if (refusal) return problem(c, refusal.status, refusal);
    const replay = key ? createdByKey.get(key) : undefined;
    if (replay) return c.json(replay, 201, { 'idempotency-replayed': 'true' });
    sequence += 1;
    const created: CreatedReport = {
      code: `PA-2026-${String(sequence).padStart(6, '0')}`,
      status: 'submitted',
      unit: UNIT,
      dueAt: '2026-12-14T16:59:59.000Z',
      place: HIM_LAM_PLACE,
    };
    if (key) createdByKey.set(key, created);
    return c.json(created, 201);
  });
  app.get('/api/feedback/reports/mine', (c) => c.json({ items: [], nextCursor: null }));
  app.get('/api/feedback/reports/:code', (c) =>
    c.req.param('code') === detail.code ? c.json(detail) : problem(c, 404, { type: '/problems/not-found', title: 'Not found' }),
  );
  app.post('/api/feedback/reports/:code/rating', async (c) => {
    const body = await c.req.json<{ value: 'satisfied' | 'not_satisfied'; comment?: string | null; version: number }>();
    if (body.version !== detail.version) return problem(c, 409, { type: '/problems/stale-version', title: 'Stale version' });
    const reopened = body.value === 'not_satisfied';
    detail = {
      ...detail,
      status: reopened ? 'in_progress' : 'closed',
      rating: { value: body.value, comment: body.comment ?? null, at: new Date().toISOString() },
      reopenCount: detail.reopenCount + (reopened ? 1 : 0),
      can: { ...detail.can, rate: false },
      version: detail.version + 1,
    };
    return c.json(detail);
  });

  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    requests,
    jsonBodies,
    failNextReports: (count) => {
      failures = count;
    },
    refuseReports: (next) => {
      refusal = next;
    },
    setDetail: (next) => {
      detail = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
