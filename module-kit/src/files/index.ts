export { assertStorageKey, InvalidStorageKeyError, type FileStorage, type StoredFile } from './storage.js';
export { localFileStorage } from './local-storage.js';
export { scopedStorage } from './scoped-storage.js';
export { UPLOAD_KINDS, detectUploadType, type UploadKind } from './upload-kind.js';
export { UploadRejected, type UploadRejectedCode } from './upload-rejected.js';
export { checkUpload, type UploadRules } from './check-upload.js';
export { PHOTO_KINDS, reencodePhoto, type ProcessedImage, type ReencodeOptions } from './reencode-photo.js';
