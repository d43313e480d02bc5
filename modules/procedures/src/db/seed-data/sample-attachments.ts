import { createHash } from 'node:crypto';
import { nameBasedUuid, type ModuleContext } from '@portal/module-kit';
import type { RequiredDocument } from '../../contract/form-schema.js';
import type { attachments, auditLog, ProcedureRow, supplementRequests } from '../schema.js';
import { sampleFilePdf } from './sample-file-pdf.js';
import type { Actor } from './sample-story.js';

/**
 * The files the applicant of a SAMPLE dossier sent, so an officer opening one sees documents as at a real
 * one-stop desk: one PDF per required document of the procedure, uploaded in the draft before submitting
 * (a draft has only its first one: the applicant is still gathering the rest), and one per document asked
 * for again in each answered supplement request. Stored and recorded as the upload route does (key
 * `dossiers/{dossier}/{file}`, SHA-256, size, an 'attach' audit row), with ids derived from the dossier
 * so the bytes and rows are the same on every machine.
 */

type AttachmentInsert = typeof attachments.$inferInsert;
type AuditInsert = typeof auditLog.$inferInsert;

export interface SampleFilesInput {
  dossierId: string;
  /** The dossier code, '' for a draft. */
  code: string;
  procedure: ProcedureRow;
  applicant: Actor;
  /** When the draft was created (the files follow within minutes). */
  createdAt: Date;
  /** False for a dossier still in draft. */
  submitted: boolean;
  requests: ReadonlyArray<typeof supplementRequests.$inferInsert>;
}

interface PlannedFile {
  document: RequiredDocument;
  supplementRequestId: string | null;
  at: Date;
}

const MINUTE = 60 * 1000;

function planFiles(input: SampleFilesInput): PlannedFile[] {
  const required = input.procedure.requiredDocuments.filter((document) => document.required);
  const sent = input.submitted ? required : required.slice(0, 1);
  // All within the 40 minutes between creating the draft and submitting it.
  const step = Math.min(5, 35 / Math.max(1, sent.length)) * MINUTE;
  const files: PlannedFile[] = sent.map((document, index) => ({ document, supplementRequestId: null, at: new Date(input.createdAt.getTime() + (index + 1) * step) }));
  for (const request of input.requests) {
    if (!request.answeredAt) continue;
    for (const documentId of request.documentIds ?? []) {
      const document = input.procedure.requiredDocuments.find((candidate) => candidate.id === documentId);
      if (document) files.push({ document, supplementRequestId: request.id!, at: new Date(request.answeredAt.getTime() - 10 * MINUTE) });
    }
  }
  return files;
}

/**
 * Renders and stores the sample files of one dossier (adding each storage key to `stored`, for the caller
 * to delete if its transaction fails) and answers the attachment and audit rows to insert.
 */
export async function sampleFiles(ctx: ModuleContext, input: SampleFilesInput, stored: string[]): Promise<{ rows: AttachmentInsert[]; audit: AuditInsert[] }> {
  const rows: AttachmentInsert[] = [];
  const audit: AuditInsert[] = [];
  const writes: Array<{ key: string; bytes: Uint8Array }> = [];
  for (const file of planFiles(input)) {
    const supplement = file.supplementRequestId !== null;
    const id = nameBasedUuid(`${input.dossierId}:file:${file.supplementRequestId ?? 'draft'}:${file.document.id}`);
    const bytes = await sampleFilePdf(input.procedure, file.document, input.code, supplement);
    const storageKey = `dossiers/${input.dossierId}/${id}`;
    writes.push({ key: storageKey, bytes });
    const row = {
      id,
      dossierId: input.dossierId,
      documentId: file.document.id,
      supplementRequestId: file.supplementRequestId,
      fileName: `${file.document.id}${supplement ? '-bo-sung' : ''}.pdf`,
      mediaType: 'application/pdf',
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey,
      uploadedBy: input.applicant.sub,
      uploadedAt: file.at,
    } satisfies AttachmentInsert;
    rows.push(row);
    const { documentId, supplementRequestId, fileName, size, sha256 } = row;
    audit.push({
      dossierId: input.dossierId,
      action: 'attach',
      actorSub: input.applicant.sub,
      actorName: input.applicant.name,
      actorUnitId: null,
      before: null,
      after: { attachmentId: id, documentId, supplementRequestId, fileName, size, sha256 },
      at: file.at,
    });
  }
  // Stored side by side: each write waits for the disk (fsync), and the waits overlap.
  stored.push(...writes.map((write) => write.key));
  await Promise.all(writes.map((write) => ctx.files.put(write.key, write.bytes, 'application/pdf')));
  return { rows, audit };
}
