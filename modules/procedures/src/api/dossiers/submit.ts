import { eq } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { addWorkingDays, invalidFields, vietnamDay, type Caller, type Tx } from '@portal/module-kit';
import type { SubmittedDossierSchema } from '../../contract/schemas.js';
import type { ProcedureRow } from '../../db/schema.js';
import { attachments } from '../../db/schema.js';
import { loadProcedure } from '../../domain/catalog.js';
import { nextDossierCode } from '../../domain/dossier-code.js';
import { validateForm } from '../../domain/form-validation.js';
import { loadHolidays } from '../../domain/holidays.js';
import { statusAfterApplicant } from '../../domain/workflow.js';
import type { Lang } from '../http.js';
import { assertApplicantMay, lockApplicantDossier, saveChange } from './access.js';
import { messages, procedureUnavailable } from './problems.js';

export type SubmittedDossier = z.infer<typeof SubmittedDossierSchema>;

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as dates are written in Vietnam. */
export const vietnameseDate = (day: string) => day.split('-').reverse().join('/');

/** errors[`files.<documentId>`] for every required document without a file. */
async function missingDocuments(tx: Tx, dossierId: string, procedure: ProcedureRow, lang: Lang): Promise<Record<string, string[]>> {
  const attached = new Set(
    (await tx.select({ documentId: attachments.documentId }).from(attachments).where(eq(attachments.dossierId, dossierId))).map((row) => row.documentId),
  );
  const errors: Record<string, string[]> = {};
  for (const document of procedure.requiredDocuments) {
    if (document.required && !attached.has(document.id)) errors[`files.${document.id}`] = [messages.documentRequired[lang]];
  }
  return errors;
}

/**
 * Submits a draft: the whole form is checked and every required document must have a file, all errors in
 * one 400 (nothing changes, no code is taken). Then the code, the appointment counted in working days,
 * the fee, the timeline entry and the event that notifies the applicant side — all in the caller's
 * transaction (run inside once() so a retry answers the same).
 */
export async function submitDossier(tx: Tx, input: { id: string; caller: Caller; lang: Lang; now: Date; version: number }): Promise<SubmittedDossier> {
  const { id, caller, lang, now } = input;
  const before = await lockApplicantDossier(tx, id, caller, lang);
  assertApplicantMay(before, 'submit', input.version, lang);
  const loaded = await loadProcedure(tx, before.procedureId);
  if (!loaded || !loaded.procedure.active) throw procedureUnavailable(lang);
  const { procedure, agency } = loaded;
  const { values, errors } = validateForm(procedure.form, before.form, { lang, mode: 'submit', today: vietnamDay(now) });
  Object.assign(errors, await missingDocuments(tx, id, procedure, lang));
  if (Object.keys(errors).length > 0) throw invalidFields(errors, lang);

  const code = await nextDossierCode(tx, agency, now);
  const appointmentAt = addWorkingDays(now, procedure.processingDays, await loadHolidays(tx));
  const due = vietnameseDate(vietnamDay(appointmentAt));
  const after = await saveChange(
    tx,
    before,
    {
      code,
      form: values,
      status: statusAfterApplicant(before.status, 'submit'),
      submittedAt: now,
      appointmentAt,
      feeVnd: procedure.feeVnd,
      feeStatus: procedure.feeVnd > 0 ? 'due' : 'none',
    },
    {
      action: 'submit',
      actor: caller,
      timeline: [{ kind: 'submitted', visibility: 'applicant', data: { code, appointmentAt: appointmentAt.toISOString() } }],
      events: [
        {
          type: 'procedures.dossier_submitted',
          data: { id, code, procedureId: procedure.id, agencyId: agency.id, appointmentAt: appointmentAt.toISOString(), feeVnd: procedure.feeVnd },
          notify: {
            title: { vi: `Đã nộp hồ sơ ${code}, hẹn trả ngày ${due}`, en: `Dossier ${code} submitted, result due on ${due}` },
            body: {
              vi: `Hồ sơ "${procedure.nameVi}" đã được gửi tới ${agency.nameVi}.`,
              en: `The dossier "${procedure.nameEn}" was sent to ${agency.nameEn}.`,
            },
          },
        },
      ],
    },
    now,
  );
  return { id: after.id, code, status: after.status, appointmentAt: appointmentAt.toISOString(), feeVnd: after.feeVnd };
}
