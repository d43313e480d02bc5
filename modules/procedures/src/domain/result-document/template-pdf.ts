import { PDFDocument } from 'pdf-lib';
import type { FormDefinition, FormField, RequiredDocument } from '../../contract/form-schema.js';
import type { ProcedureRow } from '../../db/schema.js';
import { embedDocumentFonts } from './fonts.js';
import { MARGIN, PageWriter } from './layout.js';
import { SAVE_OPTIONS, setMetadata } from './metadata.js';
import { BLANK_PLACE_AND_DATE } from './vietnamese-date.js';

/**
 * A blank template (mẫu tờ khai) for one of a procedure's documents, to print and fill in by hand at the
 * counter: the national motto, the template's name, then every field of the procedure's own form as a
 * dotted line (or boxes to tick), conditions written out, and the applicant's signature block. Generated
 * from the form data, so a new procedure gets its template without anyone drawing one.
 */

/** Templates carry no date of their own: a fixed one keeps the bytes (and caches) stable. */
const TEMPLATE_DATE = new Date('2026-01-01T00:00:00.000Z');
const SIZE = 12;
const INDENT = 14;

export async function renderTemplatePdf(procedure: ProcedureRow, document: RequiredDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const writer = new PageWriter(pdf, await embedDocumentFonts(pdf));
  const title = document.template?.vi ?? document.name.vi;

  writer.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: 'bold', size: 12, align: 'center' });
  writer.text('Độc lập - Tự do - Hạnh phúc', { font: 'bold', size: 13, align: 'center' });
  writer.rule(MARGIN.left + writer.textWidth / 2, writer.y, writer.fonts.bold.widthOfTextAtSize('Độc lập - Tự do - Hạnh phúc', 13));
  writer.gap(22);
  writer.text(title.toUpperCase(), { font: 'bold', size: 14, align: 'center', after: 2 });
  writer.text(`(Thủ tục: ${procedure.nameVi} — mã ${procedure.code})`, { font: 'italic', size: 11, align: 'center', after: 14 });
  writer.blank('Kính gửi:', { size: SIZE, after: 8 });

  writeForm(writer, procedure.form);

  writer.gap(6);
  writer.text('(*) Thông tin bắt buộc.', { font: 'italic', size: 10.5, after: 6 });
  // A form with its own declaration to tick (checkbox) says it already; the others get the usual one.
  const hasDeclaration = procedure.form.sections.some((section) => section.fields.some((field) => field.type === 'checkbox'));
  if (!hasDeclaration) writer.text('Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật.', { size: SIZE, after: 6 });
  writer.gap(8);
  writer.ensure(90);
  const signX = MARGIN.left + writer.textWidth * 0.45;
  const signWidth = writer.textWidth * 0.55;
  writer.text(BLANK_PLACE_AND_DATE, { font: 'italic', size: SIZE, x: signX, width: signWidth, align: 'center' });
  writer.text('NGƯỜI KÊ KHAI', { font: 'bold', size: SIZE, x: signX, width: signWidth, align: 'center' });
  writer.text('(Ký, ghi rõ họ tên)', { font: 'italic', size: 11, x: signX, width: signWidth, align: 'center' });

  setMetadata(pdf, {
    title,
    author: 'Cổng Dịch vụ công tỉnh Điện Biên',
    subject: `${procedure.nameVi} (${procedure.code}) — ${document.name.vi}`,
    keywords: [procedure.code, document.id],
    at: TEMPLATE_DATE,
    plain: { ProcedureCode: procedure.code, DocumentId: document.id },
  });
  return pdf.save(SAVE_OPTIONS);
}

function writeForm(writer: PageWriter, form: FormDefinition): void {
  const labels = new Map(form.sections.flatMap((section) => section.fields).map((field) => [field.id, field] as const));
  form.sections.forEach((section, index) => {
    writer.ensure(60); // a section title is never left alone at the bottom of a page
    writer.text(`${toRoman(index + 1)}. ${section.title.vi.toUpperCase()}`, { font: 'bold', size: SIZE, after: 4 });
    for (const field of section.fields) writeField(writer, field, labels);
    writer.gap(6);
  });
}

function writeField(writer: PageWriter, field: FormField, fields: ReadonlyMap<string, FormField>): void {
  const label = `${field.label.vi}${field.required ? ' (*)' : ''}`;
  const condition = conditionText(field, fields);
  if (field.type === 'checkbox') {
    writer.box(MARGIN.left, SIZE);
    writer.text(label, { size: SIZE, x: MARGIN.left + INDENT + 4, width: writer.textWidth - INDENT - 4, after: 3 });
  } else if (field.type === 'select' || field.type === 'radio') {
    writer.text(`${label}:`, { size: SIZE, after: 1 });
    for (const option of field.options ?? []) {
      writer.box(MARGIN.left + INDENT, SIZE);
      writer.text(option.label.vi, { size: SIZE, x: MARGIN.left + 2 * INDENT + 4, width: writer.textWidth - 2 * INDENT - 4, after: 1 });
    }
    writer.gap(2);
  } else if (field.type === 'date') {
    writer.text(`${label}: ngày …… tháng …… năm ……….`, { size: SIZE, after: 3 });
  } else {
    writer.blank(`${label}:`, { size: SIZE, after: 3 }, field.type === 'textarea' ? 2 : 0);
  }
  if (condition) writer.text(condition, { font: 'italic', size: 10, x: MARGIN.left + INDENT, width: writer.textWidth - INDENT, after: 3 });
}

/** "(Chỉ điền khi «Loại hình» là: Cá nhân; Nhóm cá nhân)" for a field shown only under a condition. */
function conditionText(field: FormField, fields: ReadonlyMap<string, FormField>): string | null {
  if (!field.visibleWhen) return null;
  const other = fields.get(field.visibleWhen.field);
  if (!other) return null;
  const values = field.visibleWhen.equals.map((value) => {
    if (typeof value === 'boolean') return value ? 'có đánh dấu' : 'không đánh dấu';
    return other.options?.find((option) => option.value === String(value))?.label.vi ?? String(value);
  });
  return `(Chỉ điền khi «${other.label.vi}» là: ${values.join('; ')})`;
}

function toRoman(n: number): string {
  const numerals: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
