import { PDFDict, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date: the issue date, never "now", so the same input gives the same bytes. */
  at: Date;
  /** Plain ASCII entries added to the document information dictionary (readable in the file as is). */
  plain?: Record<string, string>;
}

const PRODUCER = 'Cổng Dịch vụ công tỉnh Điện Biên';

/** Sets the document information of a generated PDF, with fixed dates and producer. */
export function setMetadata(pdf: PDFDocument, metadata: DocumentMetadata): void {
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords(metadata.keywords);
  pdf.setLanguage('vi-VN');
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setCreationDate(metadata.at);
  pdf.setModificationDate(metadata.at);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  for (const [key, value] of Object.entries(metadata.plain ?? {})) info.set(PDFName.of(key), PDFString.of(value));
}

/**
 * Without object streams the information dictionary stays uncompressed, so the dossier and verification
 * codes can be found in the file's bytes (e.g. by a search tool or a quick check), not only in its text.
 */
export const SAVE_OPTIONS = { useObjectStreams: false } as const;
