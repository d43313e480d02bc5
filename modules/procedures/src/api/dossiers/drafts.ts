import { eq } from 'drizzle-orm';
import type { Caller, Db, FileStorage, Tx } from '@portal/module-kit';
import { invalidFields, vietnamDay } from '@portal/module-kit';
import type { ApplicantType } from '../../contract/domain.js';
import type { FormValues } from '../../contract/form-schema.js';
import { attachments, dossiers, type DossierRow } from '../../db/schema.js';
import { loadProcedure } from '../../domain/catalog.js';
import { prefillValues, validateForm } from '../../domain/form-validation.js';
import type { Lang } from '../http.js';
import { recordChange } from '../record.js';
import { assertApplicantMay, lockApplicantDossier, saveChange } from './access.js';
import { applicantTypeNotAllowed, identityIncomplete, procedureUnavailable } from './problems.js';

/** Who the caller applies as: a business account for its enterprise, otherwise a citizen for themself. */
function applicantOf(caller: Caller, lang: Lang) {
  const type: ApplicantType = caller.roles.has('business') ? 'business' : 'citizen';
  if (type === 'business') {
    if (!caller.org) throw identityIncomplete(lang, 'business');
    return { type, idNumber: caller.org.taxCode, orgTaxCode: caller.org.taxCode, orgName: caller.org.name, name: caller.name ?? caller.org.name };
  }
  if (!caller.nationalId) throw identityIncomplete(lang, 'citizen');
  return { type, idNumber: caller.nationalId, orgTaxCode: null, orgName: null, name: caller.name ?? caller.nationalId };
}

/**
 * Starts a draft of an open procedure, its form pre-filled from the caller's identity. 422 when the
 * procedure is unknown or retired, or not open to the caller's kind of applicant. Returns the new row.
 */
export async function createDraft(tx: Tx, input: { procedureId: string; caller: Caller; lang: Lang; now: Date }): Promise<DossierRow> {
  const { procedureId, caller, lang, now } = input;
  const loaded = await loadProcedure(tx, procedureId);
  if (!loaded || !loaded.procedure.active) throw procedureUnavailable(lang);
  const { procedure } = loaded;
  const applicant = applicantOf(caller, lang);
  if (!procedure.applicantTypes.includes(applicant.type)) throw applicantTypeNotAllowed(lang, applicant.type);
  const [row] = await tx
    .insert(dossiers)
    .values({
      procedureId: procedure.id,
      agencyId: procedure.agencyId,
      status: 'draft',
      applicantSub: caller.sub,
      applicantType: applicant.type,
      applicantName: applicant.name,
      applicantIdNumber: applicant.idNumber,
      orgTaxCode: applicant.orgTaxCode,
      orgName: applicant.orgName,
      form: prefillValues(procedure.form, caller),
      feeVnd: procedure.feeVnd,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordChange(tx, {
    action: 'create',
    actor: caller,
    before: null,
    after: row!,
    timeline: [{ kind: 'created', visibility: 'applicant' }],
    events: [],
  });
  return row!;
}

/** Saves the form of a draft: types and lengths are checked now, the rest on submission (400 per field id). */
export async function updateDraft(
  tx: Tx,
  input: { id: string; caller: Caller; lang: Lang; now: Date; form: FormValues; version: number },
): Promise<void> {
  const { id, caller, lang, now } = input;
  const before = await lockApplicantDossier(tx, id, caller, lang);
  assertApplicantMay(before, 'edit', input.version, lang);
  const loaded = await loadProcedure(tx, before.procedureId);
  const { values, errors } = validateForm(loaded!.procedure.form, input.form, { lang, mode: 'draft', today: vietnamDay(now) });
  if (Object.keys(errors).length > 0) throw invalidFields(errors, lang);
  await saveChange(tx, before, { form: values }, { action: 'edit', actor: caller, timeline: [], events: [] }, now);
}

/** Deletes a draft with its files (the files after the transaction: they cannot roll back). */
export async function deleteDraft(db: Db, files: FileStorage, input: { id: string; caller: Caller; lang: Lang }): Promise<void> {
  const { id, caller, lang } = input;
  const keys = await db.transaction(async (tx) => {
    const row = await lockApplicantDossier(tx, id, caller, lang);
    assertApplicantMay(row, 'delete', undefined, lang);
    const stored = await tx.select({ key: attachments.storageKey }).from(attachments).where(eq(attachments.dossierId, id));
    await recordChange(tx, { action: 'delete', actor: caller, before: row, after: row, timeline: [], events: [] });
    await tx.delete(dossiers).where(eq(dossiers.id, id));
    return stored.map((file) => file.key);
  });
  await Promise.allSettled(keys.map((key) => files.delete(key)));
}
