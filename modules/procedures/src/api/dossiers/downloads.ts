import { and, eq } from 'drizzle-orm';
import type { Caller, Db, FileStorage } from '@portal/module-kit';
import { attachments, dossiers, type DossierRow } from '../../db/schema.js';
import { viewerOf, type Viewer } from '../../domain/visibility.js';
import { resultReleasedToApplicant } from '../../domain/workflow.js';
import { PRIVATE_CACHE, type Lang } from '../http.js';
import { dossierNotFound } from '../problems.js';
import { isDossierId } from './access.js';
import { fileNotFound, resultNotAvailable, resultNotReleased } from './problems.js';

export interface Download {
  bytes: Uint8Array;
  headers: Record<string, string>;
}

/**
 * `attachment` with an ASCII fallback name and the real (Vietnamese) name per RFC 5987/6266, so
 * "Tờ khai.pdf" arrives as such and no browser renders the file inline.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const downloadHeaders = (contentType: string, fileName: string, size: number): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Length': String(size),
  'Content-Disposition': contentDisposition(fileName),
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': PRIVATE_CACHE,
});

/** The dossier and how the caller sees it; 404 for anyone who may not see it. */
async function visibleDossier(db: Db, id: string, caller: Caller, lang: Lang): Promise<{ row: DossierRow; viewer: Viewer }> {
  if (!isDossierId(id)) throw dossierNotFound(lang);
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  const viewer = row ? viewerOf(caller, row) : null;
  if (!row || !viewer) throw dossierNotFound(lang);
  return { row, viewer };
}

/** An attached file, to whoever may see the dossier (applicant side, officers of the agency, admins). */
export async function downloadAttachment(db: Db, files: FileStorage, input: { id: string; fileId: string; caller: Caller; lang: Lang }): Promise<Download> {
  const { id, fileId, caller, lang } = input;
  await visibleDossier(db, id, caller, lang);
  if (!isDossierId(fileId)) throw fileNotFound(lang);
  const [file] = await db.select().from(attachments).where(and(eq(attachments.id, fileId), eq(attachments.dossierId, id)));
  const stored = file ? await files.get(file.storageKey) : null;
  if (!file || !stored) throw fileNotFound(lang);
  return { bytes: stored.data, headers: downloadHeaders(file.mediaType, file.fileName, stored.size) };
}

/** The electronic result: the applicant side once released (issued, fee paid), the agency and admins once issued. */
export async function downloadResult(db: Db, files: FileStorage, input: { id: string; caller: Caller; lang: Lang }): Promise<Download> {
  const { id, caller, lang } = input;
  const { row, viewer } = await visibleDossier(db, id, caller, lang);
  if (!row.resultFileKey || !row.resultIssuedAt) throw resultNotAvailable(lang);
  if (viewer === 'applicant' && !resultReleasedToApplicant(row)) throw resultNotReleased(lang);
  const stored = await files.get(row.resultFileKey);
  if (!stored) throw resultNotAvailable(lang);
  return { bytes: stored.data, headers: downloadHeaders('application/pdf', `ket-qua-${row.code ?? row.id}.pdf`, stored.size) };
}
