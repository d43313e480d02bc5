import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkUpload, type UploadRules } from './check-upload.js';
import { detectUploadType } from './upload-kind.js';
import { UploadRejected } from './upload-rejected.js';
import { jpegWithGps, pdfDocument, pngBomb, zipArchive } from './test-images.js';

const PHOTOS: UploadRules = { accept: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'], maxBytes: 10 * 1024 * 1024 };
const ATTACHMENTS: UploadRules = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 10 * 1024 * 1024 };
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

async function refusal(bytes: Uint8Array, rules: UploadRules = PHOTOS): Promise<UploadRejected> {
  const error = await checkUpload(bytes, rules).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejected);
  return error as UploadRejected;
}

describe('detectUploadType', () => {
  it('goes by the bytes only', async () => {
    expect(await detectUploadType(await jpegWithGps(16, 16))).toBe('image/jpeg');
    expect(await detectUploadType(await readFile(new URL('./fixtures/photo-with-gps.heic', import.meta.url)))).toBe('image/heic');
    expect(await detectUploadType(pdfDocument())).toBe('application/pdf');
    expect(await detectUploadType(zipArchive('a.txt', 'hello'))).toBeNull();
    expect(await detectUploadType(Buffer.from('just text'))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('returns the detected kind of an accepted file', async () => {
    expect(await checkUpload(await jpegWithGps(64, 48), PHOTOS)).toBe('image/jpeg');
    expect(await checkUpload(pngBomb(100, 100), PHOTOS)).toBe('image/png');
    expect(await checkUpload(pdfDocument(), ATTACHMENTS)).toBe('application/pdf');
  });

  it('refuses a file over maxBytes as too-large, saying both sizes', async () => {
    const error = await refusal(Buffer.alloc(3 * 1024 * 1024 + 1), { ...PHOTOS, maxBytes: 3 * 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expect(error.messages.en).toBe('The file is 3 MB, more than the 3 MB allowed. Choose a smaller file or take the photo at a lower resolution.');
    expect(error.messages.vi).toContain('vượt quá giới hạn 3 MB');
  });

  it('refuses a shell script named .jpg, an ELF program, a Windows program and PHP as dangerous', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]);
    const machO = Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]);
    for (const bytes of [Buffer.from('#!/bin/sh\nrm -rf ~\n'), elf, exe, machO, Buffer.from('\ufeff  <?php system($_GET["c"]); ?>'), Buffer.from('<SCRIPT>alert(1)</SCRIPT>')]) {
      expect((await refusal(bytes)).code).toBe('dangerous');
    }
    const error = await refusal(elf);
    expect(error.messages).toEqual({
      vi: 'Tệp bị từ chối vì chứa chương trình chạy được. Chỉ gửi ảnh chụp hoặc tài liệu thông thường.',
      en: 'The file was refused because it contains an executable program. Send only photos or ordinary documents.',
    });
  });

  it('refuses the EICAR test string, also hidden after a real JPEG', async () => {
    expect((await refusal(Buffer.from(EICAR))).code).toBe('dangerous');
    const jpegWithEicar = Buffer.concat([await jpegWithGps(32, 32), Buffer.from(EICAR)]);
    expect((await refusal(jpegWithEicar)).messages.en).toContain('EICAR');
  });

  it('refuses PDFs with JavaScript or Launch actions, also when the name is #-escaped', async () => {
    const javascript = pdfDocument('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>');
    const escaped = pdfDocument('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>');
    const launch = pdfDocument('/OpenAction << /S /Launch /F (cmd.exe) >>');
    expect((await refusal(javascript, ATTACHMENTS)).messages.en).toContain('JavaScript inside a PDF');
    expect((await refusal(escaped, ATTACHMENTS)).code).toBe('dangerous');
    expect((await refusal(launch, ATTACHMENTS)).messages.vi).toContain('lệnh mở chương trình trong PDF');
  });

  it('does not mistake stream data for an action', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Length 12 >>\nstream\n/JS /Launch \nendstream\nendobj\ntrailer << >>\n%%EOF\n',
      'latin1',
    );
    expect(await checkUpload(pdf, ATTACHMENTS)).toBe('application/pdf');
  });

  it('refuses a zip archive, and a real file of a kind this route does not take, as unsupported-type', async () => {
    const zip = await refusal(zipArchive('report.txt', 'hello'));
    expect(zip.code).toBe('unsupported-type');
    expect(zip.messages.en).toBe('This type of file is not accepted. Choose a JPEG, PNG, WebP, HEIC file.');
    expect((await refusal(pdfDocument(), PHOTOS)).code).toBe('unsupported-type');
    expect((await refusal(Buffer.from('plain text, renamed photo.jpg'))).code).toBe('unsupported-type');
  });

  it('refuses an empty file and a PDF cut off before %%EOF as corrupt', async () => {
    expect((await refusal(Buffer.alloc(0))).code).toBe('corrupt');
    const pdf = pdfDocument();
    expect((await refusal(pdf.subarray(0, pdf.length - 8), ATTACHMENTS)).code).toBe('corrupt');
  });

  it('turns a refusal into problem+json with the field error', async () => {
    const error = await refusal(Buffer.alloc(200), { ...PHOTOS, maxBytes: 100 });
    const problem = error.toProblem('photos.0', 'vi').problem;
    expect(problem).toMatchObject({ type: '/problems/upload-too-large', status: 413, title: 'Tệp không được chấp nhận' });
    expect(problem.errors).toEqual({ 'photos.0': [error.messages.vi] });
    expect((await refusal(zipArchive('a', 'b'))).toProblem().problem).toMatchObject({ status: 415, errors: { file: [expect.any(String)] } });
  });
});
