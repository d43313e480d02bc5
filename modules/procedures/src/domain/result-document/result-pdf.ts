import { vietnamDay } from '@portal/module-kit';
import { PDFDocument } from 'pdf-lib';
import type { AgencyRow, DossierRow, ProcedureRow } from '../../db/schema.js';
import { embedDocumentFonts } from './fonts.js';
import { formLines } from './form-lines.js';
import { MARGIN, PageWriter } from './layout.js';
import { SAVE_OPTIONS, setMetadata } from './metadata.js';
import { qrPng } from './qr.js';
import { dayInWords, placeAndDate, placeOfAgency } from './vietnamese-date.js';

export interface ResultPdfInput {
  dossier: DossierRow;
  procedure: ProcedureRow;
  agency: AgencyRow;
  verificationCode: string;
  issuedAt: Date;
  verifyUrl: string;
  signerName: string;
}

const QR_SIZE = 96;

/**
 * The electronic result of a dossier (kết quả giải quyết TTHC) as a one- or two-page A4 PDF: the agency and
 * the national motto, place and date, the title (procedure.resultName), the dossier, the applicant, the key
 * values of the form, the signer, and a QR code with the verification code and URL that the public
 * verification page checks. Byte-identical for the same input (dates come from issuedAt), so the SHA-256
 * stored at issue identifies it.
 */
export async function renderResultPdf(input: ResultPdfInput): Promise<Uint8Array> {
  const { dossier, procedure, agency, verificationCode, issuedAt } = input;
  const pdf = await PDFDocument.create();
  const fonts = await embedDocumentFonts(pdf);
  const writer = new PageWriter(pdf, fonts);

  writeHeading(writer, agency, issuedAt);
  writer.text(procedure.resultName.vi.toUpperCase(), { font: 'bold', size: 15, align: 'center', after: 2 });
  writer.text(`(Kết quả giải quyết thủ tục hành chính: ${procedure.nameVi})`, { font: 'italic', size: 12, align: 'center', after: 14 });

  const facts: Array<[string, string]> = [
    ['Mã hồ sơ', dossier.code ?? ''],
    ['Thủ tục', `${procedure.nameVi} (mã ${procedure.code})`],
    ...applicantFacts(dossier),
  ];
  if (dossier.submittedAt) facts.push(['Nộp hồ sơ', dayInWords(dossier.submittedAt)]);
  for (const [label, value] of facts) writer.text(`${label}: ${value}`, { size: 12.5, after: 2 });

  const lines = formLines(procedure.form, dossier.form, facts.map(([, value]) => value));
  if (lines.length > 0) {
    writer.text('Nội dung:', { font: 'bold', size: 12.5, after: 2 });
    for (const line of lines) {
      // A hanging dash: wrapped lines align with the text, not with the dash.
      writer.ensure(17);
      writer.page.drawText('–', { x: MARGIN.left + 8, y: writer.y - 12, size: 12, font: fonts.regular });
      writer.text(`${line.label}: ${line.value}`, { size: 12, x: MARGIN.left + 20, width: writer.textWidth - 20, after: 1 });
    }
  }
  writer.gap(8);
  writer.text(
    'Văn bản điện tử do cơ quan giải quyết thủ tục cấp. Mọi người có thể kiểm tra tính xác thực của văn bản bằng mã xác thực hoặc mã QR dưới đây.',
    { font: 'italic', size: 11, after: 10 },
  );

  await writeSignatureAndQr(pdf, writer, input);

  setMetadata(pdf, {
    title: procedure.resultName.vi,
    author: agency.nameVi,
    subject: `${procedure.nameVi} — ${dossier.code ?? ''}`,
    keywords: [dossier.code ?? '', verificationCode, vietnamDay(issuedAt)],
    at: issuedAt,
    plain: { DossierCode: dossier.code ?? '', VerificationCode: verificationCode },
  });
  return pdf.save(SAVE_OPTIONS);
}

/** The agency (left) and the national motto with the place and date (right), as on every administrative document. */
export function writeHeading(writer: PageWriter, agency: Pick<AgencyRow, 'nameVi' | 'address'>, at: Date): void {
  const leftWidth = writer.textWidth * 0.4;
  const rightX = MARGIN.left + leftWidth;
  const rightWidth = writer.textWidth - leftWidth;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const [agencyBottom, mottoBottom] = writer.columns([
    { x: MARGIN.left, width: leftWidth - 8, lines: [{ text: agency.nameVi.toUpperCase(), style: { font: 'bold', size: 11, align: 'center' } }] },
    {
      x: rightX,
      width: rightWidth,
      lines: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { font: 'bold', size: 11, align: 'center' } },
        { text: motto, style: { font: 'bold', size: 12, align: 'center' } },
      ],
    },
  ]);
  writer.rule(rightX + rightWidth / 2, mottoBottom!, writer.fonts.bold.widthOfTextAtSize(motto, 12));
  writer.rule(MARGIN.left + (leftWidth - 8) / 2, agencyBottom!, 60);
  writer.gap(10);
  const dateLine = placeAndDate(placeOfAgency(agency), at);
  writer.text(dateLine, { font: 'italic', size: 12, x: rightX, width: rightWidth, align: 'center', after: 18 });
}

function applicantFacts(dossier: DossierRow): Array<[string, string]> {
  if (dossier.applicantType === 'business') {
    return [
      ['Tổ chức đề nghị', dossier.orgName ?? dossier.applicantName],
      ['Mã số thuế', dossier.orgTaxCode ?? dossier.applicantIdNumber],
      ['Người đại diện nộp hồ sơ', dossier.applicantName],
    ];
  }
  return [
    ['Người đề nghị', dossier.applicantName],
    ['Số định danh cá nhân', dossier.applicantIdNumber],
  ];
}

/** Left: the QR code, the verification code and URL. Right: who signed. Kept together on one page. */
async function writeSignatureAndQr(pdf: PDFDocument, writer: PageWriter, input: ResultPdfInput): Promise<void> {
  const urlLines = writer.measure(input.verifyUrl, { size: 8 });
  writer.ensure(QR_SIZE + 40 + urlLines.length * 11);
  const top = writer.y;
  const image = await pdf.embedPng(await qrPng(input.verifyUrl));
  writer.page.drawImage(image, { x: MARGIN.left, y: top - QR_SIZE, width: QR_SIZE, height: QR_SIZE });

  const rightX = MARGIN.left + writer.textWidth * 0.5;
  const rightWidth = writer.textWidth * 0.5;
  writer.text('CƠ QUAN GIẢI QUYẾT', { font: 'bold', size: 12, x: rightX, width: rightWidth, align: 'center' });
  writer.text('(Văn bản điện tử, xác thực bằng mã QR)', { font: 'italic', size: 11, x: rightX, width: rightWidth, align: 'center', after: 30 });
  writer.text(input.signerName, { font: 'bold', size: 12.5, x: rightX, width: rightWidth, align: 'center' });

  writer.y = Math.min(writer.y, top - QR_SIZE - 4);
  writer.text(`Mã xác thực: ${input.verificationCode}`, { font: 'bold', size: 11, width: writer.textWidth * 0.5 });
  writer.text(input.verifyUrl, { size: 8 });
}
