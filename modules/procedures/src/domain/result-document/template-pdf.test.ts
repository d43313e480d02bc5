import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderTemplatePdf } from './index.js';
import { pdfText } from './pdf-test-helpers.js';
import { PROCEDURE } from './test-fixtures.js';

const document = PROCEDURE.requiredDocuments[0]!;

describe('renderTemplatePdf', () => {
  it('prints the procedure form as a blank tờ khai: title, every field, conditions, boxes and the signature block', async () => {
    const bytes = await renderTemplatePdf(PROCEDURE, document);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Giấy đề nghị đăng ký hộ kinh doanh');
    const text = await pdfText(bytes);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH',
      '(Thủ tục: Đăng ký thành lập hộ kinh doanh — mã 1.001612)',
      'Kính gửi:',
      'I. THÔNG TIN HỘ KINH DOANH',
      'Tên hộ kinh doanh (*):',
      'Nhà riêng',
      'Nhà thuê',
      'Ngày hết hạn hợp đồng thuê: ngày …… tháng …… năm',
      '(Chỉ điền khi «Địa điểm kinh doanh» là: Nhà thuê)',
      'Tôi cam kết những thông tin trên là đúng sự thật (*)',
      'NGƯỜI KÊ KHAI',
      '(Ký, ghi rõ họ tên)',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is the same file every time (cacheable), whatever the process rendered before', async () => {
    const hash = async () => createHash('sha256').update(await renderTemplatePdf(PROCEDURE, document)).digest('hex');
    const first = await hash();
    await renderTemplatePdf(PROCEDURE, { ...document, template: { vi: 'Tờ khai Ý kiến — Ưu tiên ỹ ỵ', en: 'Other form' } });
    expect(await hash()).toBe(first);
  });

  it('keeps every letter readable (copy, search, screen readers) in each of several documents one process renders', async () => {
    const titles = ['Tờ khai đăng ký khai sinh', 'Giấy đề nghị thay đổi YÊU CẦU', 'Thông báo THAY ĐỔI nội dung'];
    for (const title of titles) {
      const text = await pdfText(await renderTemplatePdf(PROCEDURE, { ...document, template: { vi: title, en: title } }));
      expect(text).toContain(title.toUpperCase());
    }
  });
});
