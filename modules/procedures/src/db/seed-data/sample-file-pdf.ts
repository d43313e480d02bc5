import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { RequiredDocument } from '../../contract/form-schema.js';
import { embedDocumentFonts } from '../../domain/result-document/fonts.js';
import { MARGIN, PageWriter } from '../../domain/result-document/layout.js';
import { SAVE_OPTIONS, setMetadata } from '../../domain/result-document/metadata.js';
import type { ProcedureRow } from '../schema.js';

/**
 * The PDF an applicant of a SAMPLE dossier "scanned" for one document: one page with the document's
 * Vietnamese name, the procedure and the dossier code, in DejaVu like the result documents.
 *
 * Embedding DejaVu costs ~20 ms a file, too slow for ~60 files on every fresh start. So each document is
 * rendered once per process with a blank field after "Hồ sơ số:": a fixed run of ASCII placeholder bytes,
 * drawn in a standard font from an uncompressed stream of its own and repeated in the information
 * dictionary. A dossier's file is a copy of that template with its code written over the placeholder,
 * padded with spaces to the same length, so no stream length or cross-reference offset moves.
 */

const FIELD = '@@SAMPLE-DOSSIER-CODE@@'.padEnd(32, '@');
const FIELD_BYTES = Buffer.from(FIELD, 'latin1');
/** Generated files carry no date of their own: a fixed one keeps their bytes stable. */
const FILE_DATE = new Date('2026-01-01T00:00:00.000Z');
const SIZE = 12;

const templates = new Map<string, Promise<Buffer>>();

function fieldOffsets(bytes: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = bytes.indexOf(FIELD_BYTES); at >= 0; at = bytes.indexOf(FIELD_BYTES, at + FIELD_BYTES.length)) offsets.push(at);
  return offsets;
}

async function renderTemplate(procedure: ProcedureRow, document: RequiredDocument, supplement: boolean): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const writer = new PageWriter(pdf, await embedDocumentFonts(pdf));
  writer.text(document.name.vi.toUpperCase(), { font: 'bold', size: 14, align: 'center', after: 10 });
  if (supplement) writer.text('(Bản bổ sung theo yêu cầu của cơ quan giải quyết)', { font: 'italic', size: 11, align: 'center', after: 10 });
  writer.text('Tài liệu MẪU của dữ liệu minh họa, không có giá trị pháp lý.', { font: 'italic', size: 10.5, align: 'center', after: 14 });
  writer.text(`Thủ tục: ${procedure.nameVi}`, { size: SIZE, after: 4 });
  // The code's line comes last, so a reader extracting the text finds the code right after its label.
  const label = 'Hồ sơ số:';
  const x = MARGIN.left + writer.fonts.regular.widthOfTextAtSize(`${label} `, SIZE);
  const y = writer.y;
  writer.text(label, { size: SIZE });

  const code = await pdf.embedFont(StandardFonts.HelveticaBold);
  const font = writer.page.node.newFontDictionary('SampleCode', code.ref);
  const field = pdf.context.stream(`BT ${font.asString()} ${SIZE} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td (${FIELD}) Tj ET`);
  writer.page.node.addContentStream(pdf.context.register(field));
  setMetadata(pdf, {
    title: document.name.vi,
    author: 'SAMPLE',
    subject: procedure.nameVi,
    keywords: [procedure.code, document.id, 'SAMPLE'],
    at: FILE_DATE,
    plain: { DocumentId: document.id, DossierCode: FIELD },
  });
  const bytes = Buffer.from(await pdf.save(SAVE_OPTIONS));
  if (fieldOffsets(bytes).length !== 2) throw new Error(`sample file of ${document.id}: the code field is not where it was put`);
  return bytes;
}

/** The file of `document` in the dossier `code` ('' in a draft: the field stays blank until submission). */
export async function sampleFilePdf(procedure: ProcedureRow, document: RequiredDocument, code: string, supplement: boolean): Promise<Uint8Array> {
  if (code.length > FIELD.length || !/^[A-Z0-9.-]*$/.test(code)) throw new Error(`dossier code ${code} does not fit the sample file's field`);
  const key = `${procedure.id}:${document.id}:${supplement}`;
  let template = templates.get(key);
  if (!template) {
    template = renderTemplate(procedure, document, supplement);
    templates.set(key, template);
    template.catch(() => templates.delete(key)); // a later call tries again
  }
  const bytes = Buffer.from(await template);
  const value = Buffer.from(code.padEnd(FIELD.length, ' '), 'latin1');
  for (const at of fieldOffsets(bytes)) value.copy(bytes, at);
  return bytes;
}
