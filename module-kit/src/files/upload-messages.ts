import type { LocalizedText } from '../contract.js';
import { KIND_LABELS, type UploadKind } from './upload-kind.js';
import { UploadRejected } from './upload-rejected.js';
import type { DangerReason } from './dangerous-content.js';

/*
 * The sentences a person sees when an upload is refused, Vietnamese first. Each says what is wrong
 * and what to do instead.
 */

export function tooLarge(size: number, maxBytes: number): UploadRejected {
  const [actual, limit] = [megabytes(size), megabytes(maxBytes)];
  return new UploadRejected('too-large', {
    vi: `Tệp có dung lượng ${actual.vi}, vượt quá giới hạn ${limit.vi}. Hãy chọn tệp nhỏ hơn hoặc chụp ảnh với độ phân giải thấp hơn.`,
    en: `The file is ${actual.en}, more than the ${limit.en} allowed. Choose a smaller file or take the photo at a lower resolution.`,
  });
}

export function unsupportedType(accept: readonly UploadKind[]): UploadRejected {
  const list = accept.map((kind) => KIND_LABELS[kind]).join(', ');
  return new UploadRejected('unsupported-type', {
    vi: `Định dạng tệp không được chấp nhận. Hãy chọn tệp ${list}.`,
    en: `This type of file is not accepted. Choose a ${list} file.`,
  });
}

export function corrupt(): UploadRejected {
  return new UploadRejected('corrupt', {
    vi: 'Tệp bị hỏng hoặc chưa tải lên đầy đủ nên không mở được. Hãy thử tải lên lại hoặc chọn tệp khác.',
    en: 'The file is damaged or incomplete and cannot be opened. Try uploading it again or choose another file.',
  });
}

export function tooManyPixels(width: number, height: number, maxPixels: number): UploadRejected {
  const limit = Math.floor(maxPixels / 1_000_000);
  return new UploadRejected('too-many-pixels', {
    vi: `Ảnh có kích thước ${width}×${height} điểm ảnh, vượt quá giới hạn ${limit} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.`,
    en: `The image is ${width}×${height} pixels, more than the ${limit} megapixels allowed. Resize it and upload it again.`,
  });
}

export function dangerous(reason: DangerReason): UploadRejected {
  return new UploadRejected('dangerous', {
    vi: `Tệp bị từ chối vì chứa ${reason.vi}. Chỉ gửi ảnh chụp hoặc tài liệu thông thường.`,
    en: `The file was refused because it contains ${reason.en}. Send only photos or ordinary documents.`,
  });
}

/** 10485760 → { vi: '10 MB', en: '10 MB' }; one decimal below 10 MB, with the vi decimal comma. */
function megabytes(bytes: number): LocalizedText {
  const value = bytes / (1024 * 1024);
  const digits = value < 10 ? 1 : 0;
  return {
    vi: `${value.toLocaleString('vi-VN', { maximumFractionDigits: digits })} MB`,
    en: `${value.toLocaleString('en-US', { maximumFractionDigits: digits })} MB`,
  };
}
