import { createHash, randomUUID } from 'node:crypto';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { UploadRejected, checkUpload, fieldProblem, type Caller, type Db, type FileStorage, type Tx, type UploadKind } from '@portal/module-kit';
import { ATTACHMENT_MAX_BYTES, FILES_PER_DOCUMENT_MAX, FILES_PER_DOSSIER_MAX, SUPPLEMENT_DOCUMENT_ID } from '../../contract/domain.js';
import type { Attachment } from '../../contract/schemas.js';
import { attachments, auditLog, dossiers, procedures, supplementRequests, type AttachmentRow, type DossierRow } from '../../db/schema.js';
import { attachmentUrl } from '../dossier-detail.js';
import type { Lang } from '../http.js';
import { illegalTransition } from '../problems.js';
import { assertApplicantMay, isDossierId, lockApplicantDossier, readApplicantDossier } from './access.js';
import type { Upload } from './multipart.js';
import { fileNotFound, messages, mismatchedExtension, tooManyFiles } from './problems.js';
import { applicantActions } from '../../domain/workflow.js';

const ACCEPTED: readonly UploadKind[] = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
};
const LABEL: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** The supplement request still waiting for an answer, if any (at most one is open at a time). */
export async function openSupplementRequest(tx: Db | Tx, dossierId: string) {
  const [open] = await tx
    .select()
    .from(supplementRequests)
    .where(and(eq(supplementRequests.dossierId, dossierId), isNull(supplementRequests.answeredAt)))
    .orderBy(desc(supplementRequests.requestedAt))
    .limit(1);
  return open ?? null;
}

/**
 * Checks the bytes (size, dangerous content, type detected from the content) and that the name's
 * extension agrees with the content; a name without extension gets the right one.
 */
export async function checkAttachment(upload: Upload, lang: Lang): Promise<{ kind: UploadKind; fileName: string }> {
  let kind: UploadKind;
  try {
    kind = await checkUpload(upload.bytes, { accept: ACCEPTED, maxBytes: ATTACHMENT_MAX_BYTES });
  } catch (error) {
    throw error instanceof UploadRejected ? error.toProblem('file', lang) : error;
  }
  const dot = upload.fileName.lastIndexOf('.');
  const extension = dot > 0 ? upload.fileName.slice(dot + 1).toLowerCase() : '';
  if (extension === '') return { kind, fileName: `${upload.fileName}.${EXTENSIONS[kind]![0]}` };
  if (!EXTENSIONS[kind]!.includes(extension)) throw mismatchedExtension(lang, extension, LABEL[kind]!);
  return { kind, fileName: upload.fileName };
}

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    documentId: row.documentId,
    supplementRequestId: row.supplementRequestId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    url: attachmentUrl(row.dossierId, row.id),
  };
}

/**
 * Files are audited too (who sent what, when, with its digest), without bumping the dossier's version:
 * a client holding the dossier keeps a valid version while it uploads.
 */
async function recordFileChange(tx: Tx, caller: Caller, dossier: DossierRow, action: 'attach' | 'detach', file: AttachmentRow, now: Date) {
  await tx.update(dossiers).set({ updatedAt: now }).where(eq(dossiers.id, dossier.id));
  const summary = { attachmentId: file.id, documentId: file.documentId, supplementRequestId: file.supplementRequestId, fileName: file.fileName, size: file.size, sha256: file.sha256 };
  await tx.insert(auditLog).values({
    dossierId: dossier.id,
    action,
    actorSub: caller.sub,
    actorName: caller.name ?? null,
    actorUnitId: null,
    before: action === 'detach' ? summary : null,
    after: action === 'attach' ? summary : {},
    at: now,
  });
}

/**
 * Where a file may go now: in a draft, to one of the procedure's documents; while a supplement is awaited,
 * to the open request (a listed document or 'supplement'). 409 in any other status.
 */
async function assertPlace(tx: Tx, dossier: DossierRow, upload: Upload, lang: Lang): Promise<void> {
  assertApplicantMay(dossier, 'attach', undefined, lang);
  const [procedure] = await tx.select({ documents: procedures.requiredDocuments }).from(procedures).where(eq(procedures.id, dossier.procedureId));
  const documentIds = new Set(procedure!.documents.map((document) => document.id));
  if (dossier.status === 'draft') {
    if (upload.supplementRequestId !== null) throw fieldProblem('supplementRequestId', messages.supplementNotExpected, lang);
  } else {
    const open = await openSupplementRequest(tx, dossier.id);
    if (!open || open.id !== upload.supplementRequestId) throw fieldProblem('supplementRequestId', messages.supplementNotOpen, lang);
    documentIds.add(SUPPLEMENT_DOCUMENT_ID);
  }
  if (!documentIds.has(upload.documentId)) throw fieldProblem('documentId', messages.unknownDocument, lang);
  const counts = await tx
    .select({ documentId: attachments.documentId, n: count() })
    .from(attachments)
    .where(eq(attachments.dossierId, dossier.id))
    .groupBy(attachments.documentId);
  const total = counts.reduce((sum, row) => sum + row.n, 0);
  const forDocument = counts.find((row) => row.documentId === upload.documentId)?.n ?? 0;
  if (total >= FILES_PER_DOSSIER_MAX) throw tooManyFiles(lang, FILES_PER_DOSSIER_MAX, false);
  if (forDocument >= FILES_PER_DOCUMENT_MAX) throw tooManyFiles(lang, FILES_PER_DOCUMENT_MAX, true);
}

/**
 * 404 for a dossier the caller may not see, 409 for one that takes no files now: asked before the body is
 * read, so a stranger cannot make the server take in 21 MB to learn nothing. The transaction checks again.
 */
export async function assertAcceptsFiles(db: Db, dossierId: string, caller: Caller, lang: Lang): Promise<void> {
  assertApplicantMay(await readApplicantDossier(db, dossierId, caller, lang), 'attach', undefined, lang);
}

/**
 * Stores the checked file first (files cannot roll back), then records it in a transaction that re-checks
 * the dossier under a lock; if that fails the stored file is deleted again.
 */
export async function uploadAttachment(
  db: Db,
  files: FileStorage,
  input: { dossierId: string; caller: Caller; upload: Upload; lang: Lang; now: Date },
): Promise<Attachment> {
  const { dossierId, caller, upload, lang, now } = input;
  const { kind, fileName } = await checkAttachment(upload, lang);
  const id = randomUUID();
  const storageKey = `dossiers/${dossierId}/${id}`;
  await files.put(storageKey, upload.bytes, kind);
  try {
    return await db.transaction(async (tx) => {
      const dossier = await lockApplicantDossier(tx, dossierId, caller, lang);
      await assertPlace(tx, dossier, upload, lang);
      const [row] = await tx
        .insert(attachments)
        .values({
          id,
          dossierId,
          documentId: upload.documentId,
          supplementRequestId: dossier.status === 'draft' ? null : upload.supplementRequestId,
          fileName,
          mediaType: kind,
          size: upload.bytes.byteLength,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          storageKey,
          uploadedBy: caller.sub,
          uploadedAt: now,
        })
        .returning();
      await recordFileChange(tx, caller, dossier, 'attach', row!, now);
      return toAttachment(row!);
    });
  } catch (error) {
    await files.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** Removes a file from a draft, or a file sent for the still open supplement request. */
export async function deleteAttachment(
  db: Db,
  files: FileStorage,
  input: { dossierId: string; fileId: string; caller: Caller; lang: Lang; now: Date },
): Promise<void> {
  const { dossierId, fileId, caller, lang, now } = input;
  const storageKey = await db.transaction(async (tx) => {
    const dossier = await lockApplicantDossier(tx, dossierId, caller, lang);
    if (!isDossierId(fileId)) throw fileNotFound(lang);
    const [file] = await tx.select().from(attachments).where(and(eq(attachments.id, fileId), eq(attachments.dossierId, dossierId)));
    if (!file) throw fileNotFound(lang);
    const allowed = applicantActions(dossier);
    const open = dossier.status === 'awaiting_supplement' ? await openSupplementRequest(tx, dossierId) : null;
    const removable = dossier.status === 'draft' || (open !== null && file.supplementRequestId === open.id);
    if (!removable) throw illegalTransition(lang, dossier.status, 'attach', allowed);
    await tx.delete(attachments).where(eq(attachments.id, fileId));
    await recordFileChange(tx, caller, dossier, 'detach', file, now);
    return file.storageKey;
  });
  await files.delete(storageKey).catch(() => undefined);
}
