import { inArray } from 'drizzle-orm';
import { reencodePhoto, type ModuleContext, type ProcessedImage, type Tx } from '@portal/module-kit';
import type { EventVisibility, ReportStatus, TimelineKind } from '../../contract/domain.js';
import { loadHolidays } from '../../domain/holidays.js';
import { locate, placeLabel } from '../../domain/places.js';
import { findPersonalNumbers, privacyFlags } from '../../domain/privacy.js';
import { nextReportCode } from '../../domain/report-code.js';
import { resolveRoute } from '../../domain/routing.js';
import { addWorkingDays, vietnamDay } from '@portal/module-kit';
import { auditLog, categories, photos, reportEvents, reportFollowers, reports } from '../schema.js';
import { SAMPLE_CASES, type SampleCase, type SampleStep } from './sample-cases.js';
import { nameBasedUuid } from '@portal/module-kit';
import { OFFICERS, PEOPLE, type SamplePerson } from './sample-people.js';
import { renderScene, type Scene } from './sample-photos.js';

const DAY_MS = 24 * 60 * 60 * 1000;

type ReportInsert = typeof reports.$inferInsert;
type EventInsert = typeof reportEvents.$inferInsert;
type AuditInsert = typeof auditLog.$inferInsert;
type PhotoInsert = typeof photos.$inferInsert;

const sampleReportId = (key: string) => nameBasedUuid(`feedback-sample-report:${key}`);

/**
 * Writes the SAMPLE reports (sample-cases.ts) once, as if they had happened: each report is placed and
 * routed by the same domain functions as a real one, then its steps are played (accept, forward, answer,
 * rate…) into the report row, its timeline and its audit trail, with deadlines counted in working days.
 * Photos are drawn, re-encoded like uploads and stored before the one transaction that writes the rows
 * (and deleted again if it fails). No outbox events: these are history, not news to notify anyone of.
 * Returns how many reports were written (0 when they exist already).
 */
export async function seedSampleReports(ctx: ModuleContext, now = new Date()): Promise<number> {
  const ids = SAMPLE_CASES.map((sample) => sampleReportId(sample.key));
  const existing = await ctx.db.select({ id: reports.id }).from(reports).where(inArray(reports.id, ids)).limit(1);
  if (existing.length > 0) return 0;

  const photoFiles = await storePhotos(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const holidaySet = await loadHolidays(tx);
      const deadlines = new Map((await tx.select().from(categories)).map((category) => [category.id, category.deadlineDays]));
      // Oldest first, so codes grow with the submission time as real ones do.
      const ordered = [...SAMPLE_CASES].sort((a, b) => b.daysAgo - a.daysAgo);
      for (const sample of ordered) {
        const played = await playSample(tx, sample, { now, holidays: holidaySet, deadlineDays: deadlines.get(sample.categoryId) });
        await tx.insert(reports).values(played.report);
        await tx.insert(reportEvents).values(played.events);
        if (played.audits.length > 0) await tx.insert(auditLog).values(played.audits);
        await tx.insert(photos).values(photoRows(played.report, sample, photoFiles));
        const followers = (sample.followers ?? []).map((key) => ({ reportId: played.report.id!, followerSub: PEOPLE[key].sub, createdAt: played.report.submittedAt! }));
        if (followers.length > 0) await tx.insert(reportFollowers).values(followers);
      }
    });
  } catch (error) {
    await Promise.all(photoFiles.keys.map((key) => ctx.files.delete(key)));
    throw error;
  }
  return SAMPLE_CASES.length;
}

// ---- photos ----

interface StoredPhoto {
  id: string;
  fullKey: string;
  thumbKey: string;
  full: ProcessedImage;
}

interface PhotoFiles {
  /** By "<report key>/<purpose>/<position>". */
  byUse: Map<string, StoredPhoto>;
  keys: string[];
}

/** Draws each scene once, re-encodes it, and stores one copy per use under reports/<reportId>/<photoId>. */
async function storePhotos(ctx: ModuleContext): Promise<PhotoFiles> {
  const encoded = new Map<Scene, Awaited<ReturnType<typeof reencodePhoto>>>();
  const files: PhotoFiles = { byUse: new Map(), keys: [] };
  for (const sample of SAMPLE_CASES) {
    const uses = [
      ...sample.photos.map((scene, position) => ({ scene, use: `report/${position}` })),
      ...answerScenes(sample).map((scene, position) => ({ scene, use: `answer/${position}` })),
    ];
    for (const { scene, use } of uses) {
      if (!encoded.has(scene)) encoded.set(scene, await reencodePhoto(await renderScene(scene)));
      const image = encoded.get(scene)!;
      const id = nameBasedUuid(`feedback-sample-photo:${sample.key}/${use}`);
      const reportId = sampleReportId(sample.key);
      const stored = { id, fullKey: `reports/${reportId}/${id}.jpg`, thumbKey: `reports/${reportId}/${id}-thumb.jpg`, full: image.full };
      await ctx.files.put(stored.fullKey, image.full.data, image.full.contentType);
      await ctx.files.put(stored.thumbKey, image.thumb.data, image.thumb.contentType);
      files.keys.push(stored.fullKey, stored.thumbKey);
      files.byUse.set(`${sample.key}/${use}`, stored);
    }
  }
  return files;
}

const answerScenes = (sample: SampleCase): Scene[] =>
  sample.steps.flatMap((step) => (step.do === 'answer' ? (step.photos ?? []) : []));

/** The report's photos, and the answer's once the story got to the answer. */
function photoRows(report: Played['report'], sample: SampleCase, files: PhotoFiles): PhotoInsert[] {
  const row = (purpose: 'report' | 'answer', position: number, at: Date): PhotoInsert => {
    const stored = files.byUse.get(`${sample.key}/${purpose}/${position}`)!;
    return {
      id: stored.id,
      reportId: report.id,
      purpose,
      position,
      fullKey: stored.fullKey,
      thumbKey: stored.thumbKey,
      width: stored.full.width,
      height: stored.full.height,
      bytes: stored.full.size,
      createdAt: at,
    };
  };
  const answeredAt = report.answeredAt;
  return [
    ...sample.photos.map((_, position) => row('report', position, report.submittedAt!)),
    ...(answeredAt ? answerScenes(sample).map((_, position) => row('answer', position, answeredAt)) : []),
  ];
}

// ---- playing a sample's story ----

interface PlayContext {
  now: Date;
  holidays: ReadonlySet<string>;
  deadlineDays: number | undefined;
}

interface Played {
  report: ReportInsert & { id: string };
  events: EventInsert[];
  audits: AuditInsert[];
}

async function playSample(tx: Tx, sample: SampleCase, { now, holidays, deadlineDays }: PlayContext): Promise<Played> {
  if (deadlineDays === undefined) throw new Error(`sample "${sample.key}": unknown category ${sample.categoryId}`);
  const place = await locate(tx, sample.point);
  if (!place) throw new Error(`sample "${sample.key}": ${sample.point.lat}, ${sample.point.lng} is outside the province`);
  const unitId = await resolveRoute(tx, sample.categoryId, place);
  if (!unitId) throw new Error(`sample "${sample.key}": no routing rule matches`);

  const reporter = PEOPLE[sample.reporter];
  const submittedAt = new Date(now.getTime() - sample.daysAgo * DAY_MS);
  const label = placeLabel(place);
  const id = sampleReportId(sample.key);
  const report: Played['report'] = {
    id,
    code: await nextReportCode(tx, Number(vietnamDay(submittedAt).slice(0, 4))),
    categoryId: sample.categoryId,
    description: sample.description,
    isPublic: sample.isPublic,
    status: 'submitted',
    reporterSub: reporter.sub,
    reporterName: reporter.name,
    reporterPhone: reporter.phone,
    reporterNationalId: reporter.nationalId,
    lat: sample.point.lat,
    lng: sample.point.lng,
    accuracyM: 12,
    locationSource: 'device',
    districtId: place.district?.id ?? null,
    wardId: place.ward?.id ?? null,
    groupId: place.group?.id ?? null,
    placeVi: label.vi,
    placeEn: label.en,
    unitId,
    submittedAt,
    dueAt: addWorkingDays(submittedAt, deadlineDays, holidays),
    privacyFlags: privacyFlags(findPersonalNumbers(sample.description)),
    version: 1,
    updatedAt: submittedAt,
  };
  const events: EventInsert[] = [
    { reportId: id, at: submittedAt, kind: 'submitted', visibility: 'public', actorSub: reporter.sub, actorName: reporter.name, toStatus: 'submitted', unitId },
  ];
  const audits: AuditInsert[] = [];

  for (const step of sample.steps) {
    if (step.after >= sample.daysAgo) throw new Error(`sample "${sample.key}": step ${step.do} would be in the future`);
    const at = new Date(submittedAt.getTime() + step.after * DAY_MS);
    const before = snapshot(report);
    const officer = OFFICERS[report.unitId] ?? officerMissing(sample, report.unitId);
    const record = (kind: TimelineKind, visibility: EventVisibility, fields: Partial<EventInsert> = {}) =>
      events.push({ reportId: id, at, kind, visibility, fromStatus: before.status, toStatus: report.status, unitId: report.unitId, ...fields });
    const actor = { actorSub: officer.sub, actorName: officer.name, actorUnitId: before.unitId };

    applyStep(step, report, { at, officer, holidays, deadlineDays });
    report.version = (report.version ?? 1) + 1;
    report.updatedAt = at;

    switch (step.do) {
      case 'accept':
        record('accepted', 'public', actor);
        break;
      case 'assign':
        record('assigned', 'internal', { ...actor, text: officer.name, data: { handlerSub: officer.sub } });
        break;
      case 'note':
        record('note', 'internal', { ...actor, text: step.text });
        break;
      case 'forward':
        record('forwarded', 'public', { ...actor, unitId: step.to, text: step.reason, data: { fromUnitId: before.unitId } });
        break;
      case 'extend':
        record('deadline_extended', 'reporter', { ...actor, text: step.reason, data: { from: before.dueAt, to: report.dueAt!.toISOString(), days: step.days } });
        break;
      case 'answer':
        record('answered', 'public', { ...actor, text: step.text });
        break;
      case 'reject':
        record('rejected', 'public', { ...actor, text: step.reason });
        break;
      case 'rate': {
        const byReporter = { actorSub: reporter.sub, actorName: reporter.name };
        events.push({ reportId: id, at, kind: 'rated', visibility: 'reporter', ...byReporter, fromStatus: null, toStatus: null, unitId: report.unitId, text: step.comment ?? null, data: { value: step.value } });
        record(step.value === 'satisfied' ? 'closed' : 'reopened', 'public', byReporter);
        break;
      }
    }
    if (step.do !== 'rate') {
      audits.push({ at, reportId: id, action: step.do, actorSub: officer.sub, actorName: officer.name, actorUnits: [before.unitId], before, after: snapshot(report) });
    }
  }
  return { report, events, audits };
}

function applyStep(
  step: SampleStep,
  report: ReportInsert,
  { at, officer, holidays, deadlineDays }: { at: Date; officer: SamplePerson; holidays: ReadonlySet<string>; deadlineDays: number },
): void {
  const expect = (...allowed: ReportStatus[]) => {
    if (!allowed.includes(report.status)) throw new Error(`sample report ${report.code}: cannot ${step.do} when ${report.status}`);
  };
  switch (step.do) {
    case 'accept':
      expect('submitted');
      Object.assign(report, { status: 'in_progress', acceptedAt: at });
      break;
    case 'assign':
      expect('submitted', 'in_progress');
      Object.assign(report, { handlerSub: officer.sub, handlerName: officer.name });
      break;
    case 'note':
      expect('submitted', 'in_progress');
      break;
    case 'forward':
      expect('submitted', 'in_progress');
      Object.assign(report, { status: 'submitted', unitId: step.to, handlerSub: null, handlerName: null, acceptedAt: null });
      break;
    case 'extend':
      expect('submitted', 'in_progress');
      report.dueAt = addWorkingDays(report.dueAt!, step.days, holidays);
      break;
    case 'answer':
      expect('submitted', 'in_progress');
      Object.assign(report, { status: 'answered', acceptedAt: report.acceptedAt ?? at, answeredAt: at, answerText: step.text, answeredByUnitId: report.unitId });
      break;
    case 'reject':
      expect('submitted', 'in_progress');
      Object.assign(report, { status: 'rejected', rejectReason: step.reason, closedAt: at });
      break;
    case 'rate':
      expect('answered');
      Object.assign(report, { rating: step.value, ratingComment: step.comment ?? null, ratedAt: at });
      if (step.value === 'satisfied') {
        Object.assign(report, { status: 'closed', closedAt: at });
      } else {
        // Reopened to the unit (its lead's "reopened" bucket) with a fresh deadline and no handler.
        Object.assign(report, {
          status: 'in_progress',
          reopenCount: (report.reopenCount ?? 0) + 1,
          reopenedAt: at,
          dueAt: addWorkingDays(at, deadlineDays, holidays),
          handlerSub: null,
          handlerName: null,
        });
      }
      break;
  }
}

/** What the audit trail keeps of a report before and after an action. */
function snapshot(report: ReportInsert) {
  return {
    status: report.status,
    unitId: report.unitId,
    handlerSub: report.handlerSub ?? null,
    dueAt: report.dueAt instanceof Date ? report.dueAt.toISOString() : null,
    version: report.version ?? 1,
  };
}

function officerMissing(sample: SampleCase, unitId: string): never {
  throw new Error(`sample "${sample.key}": no sample officer for unit ${unitId}`);
}

const caseByKey = (key: string) => {
  const found = SAMPLE_CASES.find((sample) => sample.key === key);
  if (!found) throw new Error(`no sample case ${key}`);
  return found;
};

/** The seed's real cases: where they happened and who must get them (checked by seed.test.ts). */
export const REAL_CASES = [
  { key: 'street-lighting-him-lam', wardId: 'phuong-him-lam', groupId: 'phuong-him-lam-to-3', unitId: 'phong-qldt-tp-dbp' },
  { key: 'power-pole-muong-thanh', wardId: 'phuong-muong-thanh', groupId: 'phuong-muong-thanh-to-10', unitId: 'dien-luc-tp-dbp' },
  { key: 'metal-bars-pavement', wardId: 'phuong-tan-thanh', groupId: 'phuong-tan-thanh-to-4', unitId: 'ubnd-phuong-tan-thanh' },
  { key: 'de-castries-ticket-checkers', wardId: 'phuong-muong-thanh', groupId: null, unitId: 'so-vhttdl-dien-bien' },
].map((real) => ({ ...real, categoryId: caseByKey(real.key).categoryId, point: caseByKey(real.key).point }));

/** The id a sample report gets (stable across runs and machines). */
export { sampleReportId };
