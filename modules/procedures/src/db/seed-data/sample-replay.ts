import { createHash } from 'node:crypto';
import { isWorkingDay, nameBasedUuid, vietnamDay, type HolidaySet, type ModuleContext } from '@portal/module-kit';
import { auditSnapshot } from '../../api/record.js';
import type { LoadedProcedure } from '../../domain/catalog.js';
import { nextDossierCode } from '../../domain/dossier-code.js';
import { newVerificationCode, renderResultPdf } from '../../domain/result-document/index.js';
import { apologyLetters, attachments, auditLog, dossierEvents, dossiers, supplementRequests, type DossierRow } from '../schema.js';
import { sampleFiles } from './sample-attachments.js';
import { PEOPLE, sampleForm } from './sample-dossier-forms.js';
import type { SampleSpec } from './sample-dossiers.js';
import { buildStory, type Actor, type StoryStep } from './sample-story.js';

/**
 * Replays the story of one SAMPLE dossier into rows, in one transaction: the dossier as it ends, one
 * timeline entry and one audit row per step (before/after as the API records them), its supplement
 * requests and apology letters, the applicant's files (sample-attachments.ts) and the result PDF (rendered
 * and stored like issue-result does). No outbox events: samples notify nobody.
 */

export interface SampleInput {
  id: string;
  spec: SampleSpec;
  loaded: LoadedProcedure;
  officer: Actor;
  holidays: HolidaySet;
  now: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** 09:30 in Vietnam on the last working day at least `daysAgo` days back, never after `now`. */
function submissionTime(daysAgo: number, holidays: HolidaySet, now: Date): Date {
  let day = vietnamDay(new Date(now.getTime() - daysAgo * DAY));
  while (!isWorkingDay(day, holidays)) day = vietnamDay(new Date(Date.parse(`${day}T12:00:00Z`) - DAY));
  const at = new Date(`${day}T09:30:00+07:00`);
  return at.getTime() < now.getTime() ? at : new Date(now.getTime() - 10 * 60 * 1000);
}

/** The story's steps with the submission moved back by whole weeks until every step lies in the past. */
function storyInThePast(input: SampleInput, code: string, daysAgo = input.spec.daysAgo): { steps: StoryStep[]; submittedAt: Date } {
  const submittedAt = submissionTime(daysAgo, input.holidays, input.now);
  const { procedure } = input.loaded;
  const steps = buildStory({
    story: input.spec.story,
    submittedAt,
    processingDays: procedure.processingDays,
    feeVnd: procedure.feeVnd,
    code,
    officer: input.officer,
    supplementDocumentId: procedure.requiredDocuments[0]?.id ?? 'supplement',
    holidays: input.holidays,
    now: input.now,
  });
  const late = steps.some((step) => step.at.getTime() > input.now.getTime());
  return late && daysAgo < input.spec.daysAgo + 70 ? storyInThePast(input, code, daysAgo + 7) : { steps, submittedAt };
}

function applicantOf(spec: SampleSpec) {
  const who = PEOPLE[spec.who];
  const business = spec.asBusiness === true && who.org !== null;
  return {
    who,
    row: {
      applicantSub: who.sub,
      applicantType: business ? ('business' as const) : ('citizen' as const),
      applicantName: who.name,
      applicantIdNumber: business ? who.org!.taxCode : who.nationalId,
      orgTaxCode: business ? who.org!.taxCode : null,
      orgName: business ? who.org!.name : null,
    },
  };
}

export async function seedSampleDossier(ctx: ModuleContext, input: SampleInput): Promise<void> {
  const { id, spec, loaded, officer } = input;
  const { who, row: applicant } = applicantOf(spec);
  const applicantActor: Actor = { sub: who.sub, name: who.name };
  const variant = spec.key.length + spec.daysAgo;
  const stored: string[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      const { submittedAt } = storyInThePast(input, 'H00-000000-0000');
      const code = spec.story.until === 'draft' ? '' : await nextDossierCode(tx, loaded.agency, submittedAt);
      const { steps } = storyInThePast(input, code);
      let state: DossierRow = {
        id,
        code: null,
        procedureId: loaded.procedure.id,
        agencyId: loaded.agency.id,
        status: 'draft',
        ...applicant,
        form: sampleForm(spec.procedure, who, variant, submittedAt),
        feeVnd: 0,
        feeStatus: 'none',
        paymentProvider: null,
        paymentReference: null,
        paidAt: null,
        submittedAt: null,
        receivedAt: null,
        appointmentAt: null,
        pausedAt: null,
        handlerSub: null,
        handlerName: null,
        reason: null,
        decidedAt: null,
        resultFileKey: null,
        resultSha256: null,
        verificationCode: null,
        resultIssuedAt: null,
        returnedAt: null,
        version: 0,
        createdAt: steps[0]!.at,
        updatedAt: steps[0]!.at,
      };
      const timeline: Array<typeof dossierEvents.$inferInsert> = [];
      const audit: Array<typeof auditLog.$inferInsert> = [];
      const requests: Array<typeof supplementRequests.$inferInsert> = [];
      const letters: Array<typeof apologyLetters.$inferInsert> = [];

      for (const [index, step] of steps.entries()) {
        const before = state;
        const actor = step.actor === 'officer' ? officer : applicantActor;
        const set: Partial<DossierRow> = { ...step.set };
        const data = { ...step.data };
        if (step.issueResult) {
          const verificationCode = newVerificationCode();
          const pdf = await renderResultPdf({
            dossier: { ...before, ...set },
            procedure: loaded.procedure,
            agency: loaded.agency,
            verificationCode,
            issuedAt: step.at,
            verifyUrl: `${publicOrigin()}/m/procedures/verify/${verificationCode}`,
            signerName: officer.name,
          });
          const key = `dossiers/${id}/result-${verificationCode.toLowerCase()}.pdf`;
          await ctx.files.put(key, pdf, 'application/pdf');
          stored.push(key);
          Object.assign(set, { verificationCode, resultFileKey: key, resultSha256: createHash('sha256').update(pdf).digest('hex') });
          data.verificationCode = verificationCode;
        }
        if (step.supplementRequest) {
          const requestId = nameBasedUuid(`${id}:supplement:${index}`);
          const answered = step.supplementRequest.answered;
          data.requestId = requestId;
          requests.push({
            id: requestId,
            dossierId: id,
            reason: step.supplementRequest.reason,
            documentIds: step.supplementRequest.documentIds,
            requestedBy: officer.sub,
            requestedByName: officer.name,
            requestedAt: step.at,
            answeredAt: answered?.at ?? null,
            answerNote: answered?.note ?? null,
            pausedWorkingDays: answered?.pausedWorkingDays ?? null,
          });
        }
        if (step.apology) {
          letters.push({ dossierId: id, ...step.apology, issuedBy: officer.sub, issuedByName: officer.name, issuedAt: step.at });
        }
        state = { ...before, ...set, version: before.version + 1, updatedAt: step.at };
        timeline.push({
          dossierId: id,
          kind: step.kind,
          visibility: step.visibility,
          actorSub: actor.sub,
          actorName: actor.name,
          fromStatus: index === 0 ? null : before.status,
          toStatus: state.status,
          text: step.text ?? null,
          data,
          at: step.at,
        });
        audit.push({
          dossierId: id,
          action: step.action,
          actorSub: actor.sub,
          actorName: actor.name,
          actorUnitId: step.actor === 'officer' ? loaded.agency.id : null,
          before: index === 0 ? null : auditSnapshot(before),
          after: auditSnapshot(state),
          at: step.at,
        });
      }
      const files = await sampleFiles(
        ctx,
        { dossierId: id, code, procedure: loaded.procedure, applicant: applicantActor, createdAt: steps[0]!.at, submitted: spec.story.until !== 'draft', requests },
        stored,
      );
      await tx.insert(dossiers).values(state);
      await tx.insert(dossierEvents).values(timeline);
      // The trail in the order things happened: files were sent between the steps.
      await tx.insert(auditLog).values([...audit, ...files.audit].sort((a, b) => a.at!.getTime() - b.at!.getTime()));
      if (files.rows.length > 0) await tx.insert(attachments).values(files.rows);
      if (requests.length > 0) await tx.insert(supplementRequests).values(requests);
      if (letters.length > 0) await tx.insert(apologyLetters).values(letters);
    });
  } catch (error) {
    for (const key of stored) await ctx.files.delete(key);
    throw error;
  }
}

/** Where the portal is reached, for the verification link printed on sample results (as the gateway defaults it). */
const publicOrigin = () => process.env.PUBLIC_URL ?? `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? '3000'}`;
