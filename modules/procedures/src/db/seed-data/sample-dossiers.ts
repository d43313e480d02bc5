import { inArray } from 'drizzle-orm';
import { demoAccountSub, nameBasedUuid, type ModuleContext } from '@portal/module-kit';
import { loadProcedure } from '../../domain/catalog.js';
import { loadHolidays } from '../../domain/holidays.js';
import { dossiers } from '../schema.js';
import { SAMPLE_PROCEDURES, type PersonKey, type SampleProcedure } from './sample-dossier-forms.js';
import { seedSampleDossier } from './sample-replay.js';
import type { Actor, Story } from './sample-story.js';

/**
 * SAMPLE dossiers for the demo: about thirty at the two agencies with demo officers (the city's one-stop
 * desk, officer 001090000015, and Him Lam ward, officer 001090000011), in every status — new, in process,
 * due soon, overdue (one with an apology letter), waiting for a supplement, approved, finished early, on
 * time and late in the last 60 days (with their result PDFs), refused, withdrawn, denied — filed by the demo
 * citizens 001090000001–3 and the representatives of Công ty TNHH Hoa Ban Điện Biên (001090000004/5).
 */

export interface SampleSpec {
  /** Stable name: the dossier id is derived from it, which makes the seed idempotent. */
  key: string;
  procedure: SampleProcedure;
  who: PersonKey;
  /** As a business (the enterprise's dossier) rather than as a private person; only for dung and hoa. */
  asBusiness?: boolean;
  /** Submitted this many calendar days ago (moved back to a working day). */
  daysAgo: number;
  story: Story;
}

export const OFFICERS: Record<string, Actor> = {
  'bp-mot-cua-tp-dbp': { sub: demoAccountSub('001090000015'), name: 'Điêu Thị Phương' },
  'ubnd-phuong-him-lam': { sub: demoAccountSub('001090000011'), name: 'Tòng Văn Khánh' },
};

export const SAMPLE_DOSSIERS: readonly SampleSpec[] = [
  // The city's one-stop desk.
  { key: 'hb-draft', procedure: 'householdBusiness', who: 'dung', asBusiness: true, daysAgo: 1, story: { until: 'draft' } },
  { key: 'hb-new-an', procedure: 'householdBusiness', who: 'an', daysAgo: 0, story: { until: 'submitted' } },
  { key: 'hb-new-hoa', procedure: 'householdBusiness', who: 'hoa', asBusiness: true, daysAgo: 1, story: { until: 'submitted' } },
  { key: 'ar-new-dung', procedure: 'alcoholRetail', who: 'dung', asBusiness: true, daysAgo: 2, story: { until: 'submitted' } },
  { key: 'hp-new-cuong', procedure: 'housePermit', who: 'cuong', daysAgo: 1, story: { until: 'submitted' } },
  { key: 'hb-withdrawn-binh', procedure: 'householdBusiness', who: 'binh', daysAgo: 12, story: { until: 'withdrawn' } },
  { key: 'hb-refused-cuong', procedure: 'householdBusiness', who: 'cuong', daysAgo: 20, story: { until: 'refused' } },
  { key: 'hb-processing-binh', procedure: 'householdBusiness', who: 'binh', daysAgo: 2, story: { until: 'processing' } },
  { key: 'ar-processing-hoa', procedure: 'alcoholRetail', who: 'hoa', asBusiness: true, daysAgo: 4, story: { until: 'processing', assign: true } },
  { key: 'hp-processing-an', procedure: 'housePermit', who: 'an', daysAgo: 6, story: { until: 'processing', assign: true } },
  { key: 'hb-overdue-an', procedure: 'householdBusiness', who: 'an', daysAgo: 9, story: { until: 'processing' } },
  { key: 'ar-overdue-dung', procedure: 'alcoholRetail', who: 'dung', asBusiness: true, daysAgo: 21, story: { until: 'processing', assign: true } },
  { key: 'hb-apology-binh', procedure: 'householdBusiness', who: 'binh', daysAgo: 11, story: { until: 'processing', apology: true } },
  { key: 'hb-supplement-dung', procedure: 'householdBusiness', who: 'dung', asBusiness: true, daysAgo: 3, story: { until: 'awaiting_supplement' } },
  { key: 'hp-supplement-cuong', procedure: 'housePermit', who: 'cuong', daysAgo: 7, story: { until: 'awaiting_supplement' } },
  { key: 'hb-approved-hoa', procedure: 'householdBusiness', who: 'hoa', asBusiness: true, daysAgo: 5, story: { until: 'approved', supplement: true } },
  { key: 'hb-issued-an', procedure: 'householdBusiness', who: 'an', daysAgo: 8, story: { until: 'result_issued', finish: 'onTime' } },
  { key: 'hb-issued-cuong', procedure: 'householdBusiness', who: 'cuong', daysAgo: 16, story: { until: 'result_issued', finish: 'early', paid: true } },
  { key: 'hb-returned-dung', procedure: 'householdBusiness', who: 'dung', asBusiness: true, daysAgo: 30, story: { until: 'returned', finish: 'early' } },
  { key: 'hb-returned-binh', procedure: 'householdBusiness', who: 'binh', daysAgo: 45, story: { until: 'returned', finish: 'onTime', assign: true } },
  { key: 'ar-returned-hoa', procedure: 'alcoholRetail', who: 'hoa', asBusiness: true, daysAgo: 52, story: { until: 'returned', finish: 'late', apology: true } },
  { key: 'hp-returned-binh', procedure: 'housePermit', who: 'binh', daysAgo: 58, story: { until: 'returned', finish: 'late', supplement: true } },
  { key: 'hp-denied-an', procedure: 'housePermit', who: 'an', daysAgo: 40, story: { until: 'denied', finish: 'onTime' } },
  // Him Lam ward.
  { key: 'ms-draft-binh', procedure: 'maritalStatus', who: 'binh', daysAgo: 3, story: { until: 'draft' } },
  { key: 'birth-new-an', procedure: 'birth', who: 'an', daysAgo: 0, story: { until: 'submitted' } },
  { key: 'birth-processing-binh', procedure: 'birth', who: 'binh', daysAgo: 1, story: { until: 'processing' } },
  { key: 'birth-refused-binh', procedure: 'birth', who: 'binh', daysAgo: 7, story: { until: 'refused' } },
  { key: 'ms-overdue-cuong', procedure: 'maritalStatus', who: 'cuong', daysAgo: 8, story: { until: 'processing' } },
  { key: 'ms-supplement-an', procedure: 'maritalStatus', who: 'an', daysAgo: 2, story: { until: 'awaiting_supplement' } },
  { key: 'ex-approved-binh', procedure: 'extractCopy', who: 'binh', daysAgo: 1, story: { until: 'approved' } },
  { key: 'ex-issued-an', procedure: 'extractCopy', who: 'an', daysAgo: 5, story: { until: 'result_issued', finish: 'onTime', paid: true } },
  { key: 'birth-returned-an', procedure: 'birth', who: 'an', daysAgo: 25, story: { until: 'returned', finish: 'early' } },
  { key: 'ms-returned-binh', procedure: 'maritalStatus', who: 'binh', daysAgo: 35, story: { until: 'returned', finish: 'onTime' } },
  { key: 'ex-returned-cuong', procedure: 'extractCopy', who: 'cuong', daysAgo: 42, story: { until: 'returned', finish: 'late' } },
  { key: 'ms-denied-cuong', procedure: 'maritalStatus', who: 'cuong', daysAgo: 20, story: { until: 'denied', finish: 'early' } },
];

const SAMPLE_NAMESPACE = '0b7c2d4e-6f81-4a93-b5c7-d9e1f3a5b7c9';
export const sampleDossierId = (key: string) => nameBasedUuid(`procedures-sample-dossier:${key}`, SAMPLE_NAMESPACE);

/**
 * Writes the SAMPLE dossiers that are not there yet (by their derived ids) and answers how many it wrote:
 * 0 on every run after the first. Samples whose procedure is missing from the catalog are left out.
 */
export async function seedSampleDossiers(ctx: ModuleContext, now = new Date()): Promise<number> {
  const ids = SAMPLE_DOSSIERS.map((spec) => sampleDossierId(spec.key));
  const existing = new Set((await ctx.db.select({ id: dossiers.id }).from(dossiers).where(inArray(dossiers.id, ids))).map((row) => row.id));
  if (existing.size === ids.length) return 0;
  const holidays = await loadHolidays(ctx.db);
  let written = 0;
  for (const spec of SAMPLE_DOSSIERS) {
    const id = sampleDossierId(spec.key);
    if (existing.has(id)) continue;
    const loaded = await loadProcedure(ctx.db, SAMPLE_PROCEDURES[spec.procedure]);
    const officer = loaded ? OFFICERS[loaded.agency.id] : undefined;
    if (!loaded || !officer) continue;
    await seedSampleDossier(ctx, { id, spec, loaded, officer, holidays, now });
    written += 1;
  }
  return written;
}
