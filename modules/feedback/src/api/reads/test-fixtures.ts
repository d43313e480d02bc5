import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { reencodePhoto, type Caller, type Db, type FileStorage } from '@portal/module-kit';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { feedbackModule } from '../../../module.js';
import { auditLog, photos, reportEvents, reportFollowers, reports } from '../../db/schema.js';

/**
 * Reports written straight into the tables for the read tests, so each test knows exactly what exists:
 * every status, public and private, two reporters, three units, a reopened one, an overdue one, a
 * district without ward data, and a run of 30 public reports (some with equal submission times) to page
 * through. Codes are of 2019 so they never collide with the seed's sample reports.
 */

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);

export const callers = {
  an: testCaller({ sub: 'citizen-an', roles: ['citizen'], name: 'Nguyễn Văn An' }),
  binh: testCaller({ sub: 'citizen-binh', roles: ['citizen'], name: 'Lò Thị Bình' }),
  qldtOfficer: testCaller({ sub: 'officer-lan', roles: ['officer'], units: ['phong-qldt-tp-dbp'] }),
  qldtLead: testCaller({ sub: 'lead-ngoc', roles: ['officer', 'unit_lead'], units: ['phong-qldt-tp-dbp'] }),
  himLamOfficer: testCaller({ sub: 'officer-khanh', roles: ['officer'], units: ['ubnd-phuong-him-lam'] }),
  dienLucOfficer: testCaller({ sub: 'officer-minh', roles: ['officer'], units: ['dien-luc-tp-dbp'] }),
  admin: testCaller({ sub: 'admin-1', roles: ['admin'] }),
};

export const AN = { sub: 'citizen-an', name: 'Nguyễn Văn An', phone: '0912345689', nationalId: '001090000001' };
export const BINH = { sub: 'citizen-binh', name: 'Lò Thị Bình', phone: '0387654321', nationalId: '001090000002' };
export const INTERNAL_NOTE = 'Ghi chú nội bộ: cần kiểm tra tủ điện trước';
export const REPORTER_ENTRY = 'Đã giao cho cán bộ Tòng Văn Khánh xử lý';

type NewReport = typeof reports.$inferInsert;

const HIM_LAM = {
  districtId: 'tp-dien-bien-phu',
  wardId: 'phuong-him-lam',
  placeVi: 'Phường Him Lam, thành phố Điện Biên Phủ',
  placeEn: 'Him Lam ward, Điện Biên Phủ city',
};

function report(code: string, reporter: typeof AN, fields: Partial<NewReport>): NewReport {
  return {
    code,
    categoryId: 'other',
    description: `Phản ánh thử nghiệm ${code} về một sự cố ở khu dân cư`,
    isPublic: true,
    status: 'submitted',
    reporterSub: reporter.sub,
    reporterName: reporter.name,
    reporterPhone: reporter.phone,
    reporterNationalId: reporter.nationalId,
    lat: 21.4,
    lng: 103.03,
    locationSource: 'device',
    unitId: 'ubnd-phuong-him-lam',
    submittedAt: at(-2),
    dueAt: at(8),
    ...HIM_LAM,
    ...fields,
  };
}

export const CODES = {
  lightingPublic: 'PA-2019-000001',
  privateOfAn: 'PA-2019-000002',
  privateOfBinhOverdue: 'PA-2019-000003',
  answered: 'PA-2019-000004',
  closed: 'PA-2019-000005',
  reopened: 'PA-2019-000006',
  rejected: 'PA-2019-000007',
  dueSoon: 'PA-2019-000008',
  districtOnly: 'PA-2019-000009',
} as const;

/** A point in Him Lam's residential group 3 (used by the "is this yours?" search). */
export const LIGHTING_POINT = { lat: 21.4121, lng: 103.0195 };

function namedReports(): NewReport[] {
  return [
    report(CODES.lightingPublic, AN, {
      categoryId: 'street-lighting',
      description: 'Đèn đường ở tổ dân phố 3 bị hỏng cả tuần nay, tối om. Gọi tôi 0912 345 689 nếu cần.',
      privacyFlags: ['phone'],
      unitId: 'phong-qldt-tp-dbp',
      groupId: 'phuong-him-lam-to-3',
      placeVi: 'Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ',
      placeEn: 'Residential group 3, Him Lam ward, Điện Biên Phủ city',
      ...LIGHTING_POINT,
    }),
    report(CODES.privateOfAn, AN, {
      isPublic: false,
      status: 'in_progress',
      acceptedAt: at(-2),
      submittedAt: at(-3),
      description: 'Nhà bên cạnh xả rác ra đường hằng ngày, mong phường nhắc nhở',
      handlerSub: 'officer-khanh',
      handlerName: 'Tòng Văn Khánh',
    }),
    report(CODES.privateOfBinhOverdue, BINH, { isPublic: false, submittedAt: at(-20), dueAt: at(-5) }),
    report(CODES.answered, BINH, {
      categoryId: 'power-grid',
      status: 'answered',
      unitId: 'dien-luc-tp-dbp',
      wardId: 'phuong-muong-thanh',
      groupId: 'phuong-muong-thanh-to-10',
      placeVi: 'Tổ dân phố 10, phường Mường Thanh, thành phố Điện Biên Phủ',
      placeEn: 'Residential group 10, Mường Thanh ward, Điện Biên Phủ city',
      submittedAt: at(-6),
      acceptedAt: at(-5),
      dueAt: at(4),
      answeredAt: at(-1),
      answerText: 'Điện lực đã di dời cột điện vào sát mép đường mới mở rộng.',
      answeredByUnitId: 'dien-luc-tp-dbp',
    }),
    report(CODES.closed, AN, {
      categoryId: 'roads-pavements',
      status: 'closed',
      submittedAt: at(-30),
      dueAt: at(-16),
      answeredAt: at(-10),
      answerText: 'Phường đã thu dọn các thanh sắt sắc nhọn trên vỉa hè.',
      answeredByUnitId: 'ubnd-phuong-him-lam',
      rating: 'satisfied',
      ratedAt: at(-9),
      closedAt: at(-9),
    }),
    report(CODES.reopened, BINH, {
      categoryId: 'street-lighting',
      status: 'in_progress',
      unitId: 'phong-qldt-tp-dbp',
      submittedAt: at(-25),
      dueAt: at(10),
      answeredAt: at(-12),
      answerText: 'Đã thay bóng đèn mới cho cả tuyến đường.',
      answeredByUnitId: 'phong-qldt-tp-dbp',
      rating: 'not_satisfied',
      ratingComment: 'Đèn vẫn chập chờn',
      ratedAt: at(-11),
      reopenCount: 1,
      reopenedAt: at(-11),
    }),
    report(CODES.rejected, BINH, {
      categoryId: 'urban-order',
      status: 'rejected',
      rejectReason: 'Nội dung không thuộc phạm vi tiếp nhận phản ánh hiện trường.',
      submittedAt: at(-8),
    }),
    report(CODES.dueSoon, AN, {
      categoryId: 'street-lighting',
      unitId: 'phong-qldt-tp-dbp',
      submittedAt: at(-9),
      dueAt: new Date(Date.now() + 3_600_000),
    }),
    report(CODES.districtOnly, BINH, {
      unitId: 'van-phong-ubnd-tinh',
      districtId: 'huyen-tuan-giao',
      wardId: null,
      placeVi: 'Huyện Tuần Giáo, tỉnh Điện Biên',
      placeEn: 'Tuần Giáo district, Điện Biên province',
      lat: 21.6,
      lng: 103.4,
    }),
  ];
}

const STATUS_CYCLE = ['submitted', 'in_progress', 'answered', 'closed', 'rejected'] as const;

/** 30 public environment reports; every three share a submission time, so paging must break ties by id. */
function bulkReports(): NewReport[] {
  return Array.from({ length: 30 }, (_, index) => {
    const status = STATUS_CYCLE[index % STATUS_CYCLE.length]!;
    const submittedAt = at(-40 + Math.floor(index / 3));
    const answered = status === 'answered' || status === 'closed';
    return report(`PA-2019-${String(100 + index).padStart(6, '0')}`, index % 2 ? AN : BINH, {
      categoryId: 'environment',
      status,
      submittedAt,
      dueAt: new Date(submittedAt.getTime() + (7 + (index % 4)) * DAY),
      answeredAt: answered ? new Date(submittedAt.getTime() + (2 + index * 0.37) * DAY) : null,
      answerText: answered ? 'Đã thu gom rác và vệ sinh khu vực.' : null,
      rating: status === 'closed' ? (index % 3 ? 'satisfied' : 'not_satisfied') : null,
      ratedAt: status === 'closed' ? new Date(submittedAt.getTime() + 12 * DAY) : null,
      reopenCount: index % 7 === 0 ? 1 : 0,
      wardId: index % 2 ? 'phuong-him-lam' : 'phuong-tan-thanh',
      unitId: index % 2 ? 'ubnd-phuong-him-lam' : 'ubnd-phuong-tan-thanh',
      isPublic: index % 10 !== 9,
    });
  });
}

/** A real JPEG made with sharp and re-encoded as uploads are; stored under the report's folder. */
async function addPhoto(db: Db, files: FileStorage, reportId: string, purpose: 'report' | 'answer', colour: string) {
  const source = await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } }).png().toBuffer();
  const { full, thumb } = await reencodePhoto(source);
  const [row] = await db
    .insert(photos)
    .values({ reportId, purpose, position: 0, fullKey: 'pending', thumbKey: 'pending', width: full.width, height: full.height, bytes: full.size })
    .returning({ id: photos.id });
  const fullKey = `reports/${reportId}/${row!.id}.jpg`;
  const thumbKey = `reports/${reportId}/${row!.id}-thumb.jpg`;
  await files.put(fullKey, full.data, 'image/jpeg');
  await files.put(thumbKey, thumb.data, 'image/jpeg');
  await db.update(photos).set({ fullKey, thumbKey }).where(eq(photos.id, row!.id));
  return row!.id;
}

export interface Fixtures {
  ids: Record<keyof typeof CODES, string>;
  photoOfPublic: string;
  photoOfPrivate: string;
  answerPhoto: string;
}

export async function insertFixtures(db: Db, files: FileStorage): Promise<Fixtures> {
  const inserted = await db
    .insert(reports)
    .values([...namedReports(), ...bulkReports()])
    .returning({ id: reports.id, code: reports.code });
  const idOf = (code: string) => inserted.find((row) => row.code === code)!.id;
  const ids = Object.fromEntries(Object.entries(CODES).map(([name, code]) => [name, idOf(code)])) as Fixtures['ids'];

  await db.insert(reportEvents).values([
    { reportId: ids.lightingPublic, kind: 'submitted', visibility: 'public', toStatus: 'submitted', unitId: 'phong-qldt-tp-dbp', at: at(-2) },
    { reportId: ids.lightingPublic, kind: 'note', visibility: 'internal', actorSub: 'officer-lan', actorName: 'Vì Thị Lan', text: INTERNAL_NOTE, at: at(-1) },
    { reportId: ids.privateOfAn, kind: 'submitted', visibility: 'public', toStatus: 'submitted', at: at(-3) },
    { reportId: ids.privateOfAn, kind: 'accepted', visibility: 'public', fromStatus: 'submitted', toStatus: 'in_progress', actorName: 'Tòng Văn Khánh', at: at(-2) },
    { reportId: ids.privateOfAn, kind: 'assigned', visibility: 'reporter', actorName: 'Tòng Văn Khánh', text: REPORTER_ENTRY, at: at(-2) },
    { reportId: ids.privateOfAn, kind: 'note', visibility: 'internal', actorName: 'Tòng Văn Khánh', text: INTERNAL_NOTE, at: at(-1) },
    { reportId: ids.answered, kind: 'answered', visibility: 'public', fromStatus: 'in_progress', toStatus: 'answered', unitId: 'dien-luc-tp-dbp', at: at(-1) },
  ]);
  await db.insert(auditLog).values([
    { reportId: ids.lightingPublic, action: 'note', actorSub: 'officer-lan', actorName: 'Vì Thị Lan', actorUnits: ['phong-qldt-tp-dbp'], before: { version: 1 }, after: { version: 2 } },
  ]);
  await db.insert(reportFollowers).values({ reportId: ids.answered, followerSub: AN.sub });

  return {
    ids,
    photoOfPublic: await addPhoto(db, files, ids.lightingPublic, 'report', '#203040'),
    photoOfPrivate: await addPhoto(db, files, ids.privateOfAn, 'report', '#604020'),
    answerPhoto: await addPhoto(db, files, ids.answered, 'answer', '#406020'),
  };
}

/** GET as a caller (or anonymously): status, headers, parsed JSON and the raw text (for leak checks). */
export async function getAs<T>(api: ModuleApiHarness, path: string, caller?: Caller) {
  const response = await api.request(path, { headers: { 'accept-language': 'vi' } }, { as: caller });
  const text = await response.text();
  const json = text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as T) : (undefined as T);
  return { status: response.status, headers: response.headers, body: json, text };
}

/** The feedback API on a fresh database with the seed and the fixtures above. */
export async function startReadsApi(): Promise<{ api: ModuleApiHarness; fixtures: Fixtures }> {
  const api = await startModuleApi(feedbackModule);
  const fixtures = await insertFixtures(api.context.db, api.context.files);
  return { api, fixtures };
}
