import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { VERIFICATION_CODE_PATTERN } from '../../contract/domain.js';
import { newVerificationCode, normalizeVerificationCode, renderResultPdf } from './index.js';
import { decodeEmbeddedQrCodes, pdfText } from './pdf-test-helpers.js';
import { AGENCY, DOSSIER, ISSUED_AT, PROCEDURE } from './test-fixtures.js';
import { dayInWords, placeAndDate } from './vietnamese-date.js';

const CODE = '7K3M9QXD2P';
const VERIFY_URL = `https://dichvucong.dienbien.gov.vn/m/procedures/verify/${CODE}`;
const input = { dossier: DOSSIER, procedure: PROCEDURE, agency: AGENCY, verificationCode: CODE, issuedAt: ISSUED_AT, verifyUrl: VERIFY_URL, signerName: 'Quàng Văn Thành' };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('renderResultPdf', () => {
  it('makes a one-page A4 PDF with the motto, the agency, the title, the applicant and the codes as text', async () => {
    const bytes = await renderResultPdf(input);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe('Giấy chứng nhận đăng ký hộ kinh doanh');
    expect(pdf.getCreationDate()?.toISOString()).toBe(ISSUED_AT.toISOString());

    const text = await pdfText(bytes);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH',
      // 03:15 UTC is 10:15 in Vietnam, the same day.
      'Điện Biên Phủ, ngày 30 tháng 11 năm 2026',
      'Mã hồ sơ: H40.25-261125-0007',
      'Tổ chức đề nghị: Công ty TNHH Hoa Ban Điện Biên',
      'Mã số thuế: 5600123456',
      'Người đại diện nộp hồ sơ: Lò Văn Hùng',
      'Tên hộ kinh doanh: Hộ kinh doanh Quán phở Hoa Ban',
      'Vốn kinh doanh (đồng): 150.000.000',
      'Địa điểm kinh doanh: Nhà riêng',
      'Ngày bắt đầu kinh doanh: 01/12/2026',
      'Quàng Văn Thành',
      `Mã xác thực: ${CODE}`,
      VERIFY_URL,
    ]) {
      expect(text).toContain(expected);
    }
    // The lease date belongs to rented premises only (hidden here), and a ticked declaration is no content.
    expect(text).not.toContain('01/01/2030');
    expect(text).not.toContain('cam kết');
    // Contact details are not part of a result; a form value already printed is not printed twice.
    expect(text).not.toContain('0912345604');
    expect(text.split('Lò Văn Hùng')).toHaveLength(2);
  });

  it('embeds a QR code that decodes to the verification URL', async () => {
    expect(await decodeEmbeddedQrCodes(await renderResultPdf(input))).toEqual([VERIFY_URL]);
  });

  it('gives the same bytes for the same input, whenever it runs, and other bytes for another code', async () => {
    const first = await renderResultPdf(input);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past a second: no clock in the output
    const second = await renderResultPdf(input);
    expect(sha256(second)).toBe(sha256(first));
    const other = await renderResultPdf({ ...input, verificationCode: 'ABCDEFGH12' });
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it('keeps the dossier and verification codes readable in the file bytes', async () => {
    const raw = Buffer.from(await renderResultPdf(input)).toString('latin1');
    expect(raw).toContain(`/VerificationCode (${CODE})`);
    expect(raw).toContain('/DossierCode (H40.25-261125-0007)');
  });

  it('names a citizen by their national id, and flows a long form onto a second page', async () => {
    const fields = Array.from({ length: 45 }, (_, index) => ({
      id: `line${index}`,
      type: 'text' as const,
      required: false,
      label: { vi: `Thông tin bổ sung số ${index + 1}`, en: `Extra ${index + 1}` },
    }));
    const procedure = { ...PROCEDURE, form: { sections: [{ id: 'them', title: { vi: 'Thêm', en: 'More' }, fields }] } };
    const dossier = {
      ...DOSSIER,
      applicantType: 'citizen' as const,
      applicantName: 'Lò Thị Bình',
      applicantIdNumber: '001090000002',
      orgName: null,
      orgTaxCode: null,
      form: Object.fromEntries(fields.map((field, index) => [field.id, `Giá trị thứ ${index + 1} của hồ sơ`])),
    };
    const bytes = await renderResultPdf({ ...input, procedure, dossier });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    const text = await pdfText(bytes);
    expect(text).toContain('Người đề nghị: Lò Thị Bình');
    expect(text).toContain('Số định danh cá nhân: 001090000002');
    expect(text).toContain('Giá trị thứ 45 của hồ sơ');
    expect(text).toContain(`Mã xác thực: ${CODE}`);
    expect(text).not.toContain('Mã số thuế');
  });
});

describe('verification codes', () => {
  it('are 10 Crockford base32 characters, different each time', () => {
    const codes = Array.from({ length: 2000 }, () => newVerificationCode());
    expect(codes.every((code) => VERIFICATION_CODE_PATTERN.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: the bytes are not biased to a part of it.
    expect(new Set(codes.join('')).size).toBe(32);
  });

  it('read as typed: lower case, spaces, dashes, O for 0 and I or L for 1', () => {
    expect(normalizeVerificationCode(' 7k3m-9qxd 2p ')).toBe('7K3M9QXD2P');
    expect(normalizeVerificationCode('oIl23')).toBe('01123');
  });
});

describe('dates in words', () => {
  it('use the Vietnamese calendar day, with leading zeros for days below 10 and for January and February', () => {
    expect(placeAndDate('Điện Biên Phủ', new Date('2026-11-29T18:00:00Z'))).toBe('Điện Biên Phủ, ngày 30 tháng 11 năm 2026');
    expect(dayInWords(new Date('2026-01-05T03:00:00Z'))).toBe('ngày 05 tháng 01 năm 2026');
    expect(dayInWords(new Date('2026-03-09T03:00:00Z'))).toBe('ngày 09 tháng 3 năm 2026');
  });
});
