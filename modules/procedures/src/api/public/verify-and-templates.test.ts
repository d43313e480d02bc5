import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verification } from '../../contract/schemas.js';
import { decodeEmbeddedQrCodes, pdfText } from '../../domain/result-document/pdf-test-helpers.js';
import { BUSINESS, CODES, VERIFICATION, VERIFY_URL, startPublicWorld, type PublicWorld } from './test-fixtures.js';

let world: PublicWorld;
beforeAll(async () => {
  world = await startPublicWorld();
}, 120_000);
afterAll(async () => {
  await world?.api.close();
});

interface Problem {
  type: string;
  title: string;
  detail: string;
  errors?: Record<string, string[]>;
}

const get = async (path: string, headers: Record<string, string> = {}) => world.api.request(`/api/procedures${path}`, { headers });

describe('GET /verify/{verificationCode}', () => {
  it('confirms the result whose QR code a reader scans, with the SHA-256 of the very PDF', async () => {
    const [scanned] = await decodeEmbeddedQrCodes(world.resultPdf);
    expect(scanned).toBe(VERIFY_URL);
    const code = new URL(scanned!).pathname.split('/').at(-1)!;

    const res = await get(`/verify/${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const text = await res.text();
    expect(JSON.parse(text) as Verification).toEqual({
      valid: true,
      verificationCode: VERIFICATION.issued,
      dossierCode: CODES.issued,
      resultName: { vi: 'Giấy chứng nhận đăng ký hộ kinh doanh', en: 'Business household registration certificate' },
      procedure: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Business household registration' },
      agency: { vi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', en: 'Điện Biên Phủ City People’s Committee — One-stop desk' },
      issuedAt: '2026-11-30T03:15:00.000Z',
      sha256: createHash('sha256').update(world.resultPdf).digest('hex'),
    });
    for (const secret of [BUSINESS.name, BUSINESS.taxCode, BUSINESS.orgName]) expect(text).not.toContain(secret);
    // The code printed on the PDF is the one verified.
    expect(await pdfText(world.resultPdf)).toContain(`Mã xác thực: ${VERIFICATION.issued}`);
  });

  it('reads a code as a person types it: lower case, a dash, O for zero', async () => {
    const typed = `${VERIFICATION.issued.slice(0, 5)}-${VERIFICATION.issued.slice(5)}`.toLowerCase();
    expect((await get(`/verify/${typed}`)).status).toBe(200);
    expect((await get(`/verify/${VERIFICATION.approvedNotIssued.replace('0', 'O')}`)).status).toBe(404);
  });

  it('answers 404 for an unknown code and for a result not issued, 400 for something that is no code', async () => {
    for (const code of ['ZZZZZZZZZZ', VERIFICATION.approvedNotIssued]) {
      const res = await get(`/verify/${code}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const problem = (await res.json()) as Problem;
      expect(problem.title).toBe('Mã xác thực không hợp lệ');
    }
    const english = (await (await get('/verify/ZZZZZZZZZZ', { 'accept-language': 'en-GB' })).json()) as Problem;
    expect(english.title).toBe('Unknown verification code');
    const malformed = await get('/verify/abc');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Problem).errors?.verificationCode?.[0]).toContain('10 chữ cái và chữ số');
  });
});

describe('GET /catalog/{procedureId}/templates/{documentId}.pdf', () => {
  it('serves the blank form of a document that has a template, cacheable', async () => {
    const res = await get('/catalog/dang-ky-ho-kinh-doanh/templates/to-khai.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="1.001612-to-khai.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = await pdfText(bytes);
    expect(text).toContain('GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH');
    expect(text).toContain('Tên hộ kinh doanh (*):');
    // Asked again: the same bytes.
    const again = new Uint8Array(await (await get('/catalog/dang-ky-ho-kinh-doanh/templates/to-khai.pdf')).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('answers 404 for a document without template, an unknown document or procedure, and a retired procedure', async () => {
    const cases: Array<[string, string]> = [
      ['/catalog/dang-ky-ho-kinh-doanh/templates/cccd.pdf', 'Không có mẫu đơn này'],
      ['/catalog/dang-ky-ho-kinh-doanh/templates/khong-co.pdf', 'Không có mẫu đơn này'],
      ['/catalog/khong-co-thu-tuc/templates/to-khai.pdf', 'Không tìm thấy thủ tục'],
      ['/catalog/thu-tuc-da-bai-bo/templates/to-khai.pdf', 'Không tìm thấy thủ tục'],
    ];
    for (const [path, title] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as Problem).title).toBe(title);
    }
    // Not a template file name at all: no such route.
    expect((await get('/catalog/dang-ky-ho-kinh-doanh/templates/to-khai.docx')).status).toBe(404);
  });
});
