import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { localFileStorage } from '@portal/module-kit';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { feedbackModule } from '../../../module.js';

/** Shared by the write-route tests (not shipped: only *.test.ts files import it). */

/** Inside residential group 3 of Him Lam ward (schematic seed boundaries). */
export const HIM_LAM_GROUP_3 = { lat: 21.411, lng: 103.0205 };
/** Hà Nội: outside Điện Biên province. */
export const HA_NOI = { lat: 21.03, lng: 105.85 };

export const citizen = testCaller({ sub: 'citizen-writes-1', name: 'Nguyễn Văn An', nationalId: '001090000001', roles: ['citizen'] });
export const otherCitizen = testCaller({ sub: 'citizen-writes-2', name: 'Trần Thị Bình', roles: ['citizen'] });
export const urbanOfficer = testCaller({ sub: 'officer-12', name: 'Lê Văn Đô Thị', roles: ['officer'], units: ['phong-qldt-tp-dbp'] });
export const urbanLead = testCaller({ sub: 'officer-14', name: 'Phạm Trưởng Phòng', roles: ['officer', 'unit_lead'], units: ['phong-qldt-tp-dbp'] });
export const powerOfficer = testCaller({ sub: 'officer-13', name: 'Hoàng Điện Lực', roles: ['officer'], units: ['dien-luc-tp-dbp'] });
export const wardOfficer = testCaller({ sub: 'officer-11', name: 'Vũ Phường Him Lam', roles: ['officer'], units: ['ubnd-phuong-him-lam'] });
export const admin = testCaller({ sub: 'admin-99', name: 'Quản trị viên', roles: ['admin'] });

/** A photo straight from a "camera": EXIF with the camera make and a GPS position. */
export function cameraJpeg(width = 800, height = 600, colour = '#556677'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 24/1 40/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 14/1' },
    })
    .toBuffer();
}

export const pngBytes = (): Promise<Buffer> =>
  sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } }).png().toBuffer();

export interface Upload {
  bytes: Uint8Array;
  name?: string;
  type?: string;
}

export const jpegUpload = async (colour?: string): Promise<Upload> => ({ bytes: await cameraJpeg(800, 600, colour), name: 'photo.jpg', type: 'image/jpeg' });

/** A multipart body: the JSON field and the photos, as a browser's FormData sends them. */
export function multipart(field: 'report' | 'answer', json: unknown, photos: readonly Upload[]): FormData {
  const form = new FormData();
  form.append(field, typeof json === 'string' ? json : JSON.stringify(json));
  for (const photo of photos) {
    form.append('photos', new Blob([Buffer.from(photo.bytes)], { type: photo.type ?? 'image/jpeg' }), photo.name ?? 'photo.jpg');
  }
  return form;
}

export const reportInput = (overrides: Record<string, unknown> = {}) => ({
  categoryId: 'street-lighting',
  description: 'Đèn đường trước nhà văn hoá tổ 3 bị hỏng, buổi tối rất tối và nguy hiểm.',
  isPublic: true,
  location: { ...HIM_LAM_GROUP_3, accuracyM: 12, source: 'device' },
  ...overrides,
});

let keyCounter = 0;
export const newKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}`;

export interface WritesHarness {
  api: ModuleApiHarness;
  filesRoot: string;
  close(): Promise<void>;
}

/** The feedback API on a fresh seeded database, its files in a temporary folder the test can count. */
export async function startWritesApi(): Promise<WritesHarness> {
  const filesRoot = await mkdtemp(join(tmpdir(), 'feedback-writes-'));
  const api = await startModuleApi(feedbackModule, { files: localFileStorage(filesRoot) });
  return {
    api,
    filesRoot,
    close: async () => {
      await api.close();
      await rm(filesRoot, { recursive: true, force: true });
    },
  };
}

/** Files stored under reports/<reportId>/ (sidecar content-type files not counted). */
export async function storedReportFiles(h: WritesHarness, reportId?: string): Promise<string[]> {
  const folder = join(h.filesRoot, 'feedback', 'reports', ...(reportId ? [reportId] : []));
  const entries = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith('.jpg'));
}

export async function count(h: WritesHarness, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await h.api.database.db.execute(query)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]!.n);
}

export async function createReport(
  h: WritesHarness,
  options: { as?: ReturnType<typeof testCaller>; report?: unknown; photos?: readonly Upload[]; key?: string | null; lang?: string } = {},
): Promise<Response> {
  const photos = options.photos ?? [await jpegUpload()];
  const headers: Record<string, string> = {};
  if (options.key !== null) headers['idempotency-key'] = options.key ?? newKey();
  if (options.lang) headers['accept-language'] = options.lang;
  return h.api.request(
    '/api/feedback/reports',
    { method: 'POST', headers, body: multipart('report', options.report ?? reportInput(), photos) },
    { as: options.as ?? citizen },
  );
}

export function postJson(h: WritesHarness, path: string, body: unknown, as: ReturnType<typeof testCaller>): Promise<Response> {
  return h.api.request(`/api/feedback${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, { as });
}

/** Count of the sample reports plus those the tests made, to compare before and after. */
export const reportCount = (h: WritesHarness) => count(h, sql`select count(*)::int as n from feedback.reports`);
export const photoCount = (h: WritesHarness) => count(h, sql`select count(*)::int as n from feedback.photos`);
