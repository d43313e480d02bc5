import { and, eq } from 'drizzle-orm';
import type { Caller, Db, Tx } from '@portal/module-kit';
import { OPEN_STATUSES } from '../../contract/domain.js';
import type { RateSchema } from '../../contract/schemas.js';
import type { z } from '@hono/zod-openapi';
import { categories, reportFollowers, type ReportRow } from '../../db/schema.js';
import { addWorkingDays } from '@portal/module-kit';
import type { Lang } from '../reads/http.js';
import { canSeeReport } from '../reads/visibility.js';
import { changeReport, findReport, type Plan } from './change-report.js';
import { loadHolidays } from '../../domain/holidays.js';
import { notices } from './notices.js';
import { cannotFollow, reportNotFound } from './problems.js';
import { statusChangedData } from './record.js';
import { statusAfterRating } from './workflow.js';

/**
 * The reporter rates the answer. Satisfied closes the report. Not satisfied reopens it to the unit that
 * has it (its lead sees it in the 'reopened' bucket), with a new deadline of the category's working days
 * from now and no handler, and counts against the unit in the statistics.
 */
export function rate(tx: Tx, r: { code: string; actor: Caller; lang: Lang }, body: z.infer<typeof RateSchema>): Promise<ReportRow> {
  const request = { code: r.code, actor: r.actor, kind: 'reporter' as const, action: 'rate' as const, version: body.version, lang: r.lang };
  return changeReport(tx, request, async (before): Promise<Plan> => {
    const now = new Date();
    const rating = { rating: body.value, ratingComment: body.comment ?? null, ratedAt: now, status: statusAfterRating(body.value) };
    const rated = { kind: 'rated' as const, visibility: 'reporter' as const, text: body.comment ?? null, data: { value: body.value } };
    const ratedEvent = { type: 'feedback.rated' as const, data: { code: before.code, value: body.value } };
    if (body.value === 'satisfied') {
      return {
        set: { ...rating, closedAt: now },
        timeline: [rated, { kind: 'closed', visibility: 'public' }],
        events: (after) => [
          ratedEvent,
          {
            type: 'feedback.status_changed',
            data: statusChangedData(before, after, 'rate'),
            notify: { audience: 'reporter-and-followers', title: notices.closed(before.code) },
          },
        ],
      };
    }
    const [category] = await tx.select({ deadlineDays: categories.deadlineDays }).from(categories).where(eq(categories.id, before.categoryId));
    return {
      set: {
        ...rating,
        reopenCount: before.reopenCount + 1,
        reopenedAt: now,
        dueAt: addWorkingDays(now, category!.deadlineDays, await loadHolidays(tx)),
        handlerSub: null,
        handlerName: null,
      },
      timeline: [rated, { kind: 'reopened', visibility: 'public' }],
      events: (after) => [
        ratedEvent,
        {
          type: 'feedback.status_changed',
          data: statusChangedData(before, after, 'reopen'),
          notify: { audience: 'reporter-and-followers', title: notices.reopened(before.code) },
        },
      ],
    };
  });
}

/** Follow a public open report ("this is mine too"); the reporter follows their own already. Idempotent. */
export async function follow(db: Db, code: string, caller: Caller, lang: Lang): Promise<void> {
  const row = await visibleReport(db, code, caller, lang);
  if (row.reporterSub === caller.sub) return;
  if (!row.isPublic || !OPEN_STATUSES.includes(row.status)) throw cannotFollow(lang);
  await db.insert(reportFollowers).values({ reportId: row.id, followerSub: caller.sub }).onConflictDoNothing();
}

/** Stop following; fine when not following. */
export async function unfollow(db: Db, code: string, caller: Caller, lang: Lang): Promise<void> {
  const row = await visibleReport(db, code, caller, lang);
  await db.delete(reportFollowers).where(and(eq(reportFollowers.reportId, row.id), eq(reportFollowers.followerSub, caller.sub)));
}

async function visibleReport(db: Db, code: string, caller: Caller, lang: Lang): Promise<ReportRow> {
  const row = await findReport(db, code);
  if (!row || !canSeeReport(caller, row)) throw reportNotFound(lang);
  return row;
}
