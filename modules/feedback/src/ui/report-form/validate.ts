import { DESCRIPTION_MAX, DESCRIPTION_MIN, PHOTOS_MAX, PHOTOS_MIN, PHOTO_MAX_BYTES } from '../../contract/domain.js';

/** A message key of the 'feedback' namespace with its values, so the check stays free of i18n. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

export interface FormValues {
  categoryId: string | null;
  description: string;
  photoCount: number;
  hasLocation: boolean;
  outsideProvince: boolean;
  phone: string;
}

export type FieldName = 'categoryId' | 'description' | 'photos' | 'location' | 'contactPhone';
export type FieldErrors = Partial<Record<FieldName, Message>>;

/** The same phone rule as the API (CreateReportSchema.contactPhone), after removing spaces and dots. */
export const PHONE_PATTERN = /^(\+84|0)\d{9,10}$/;
export const normalisePhone = (phone: string) => phone.replace(/[\s.]/g, '');

/** What the form checks before sending; the server checks it all again (and the photos' content). */
export function validateReport(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.categoryId) errors.categoryId = { key: 'form.categoryRequired' };
  const length = values.description.trim().length;
  if (length < DESCRIPTION_MIN) errors.description = { key: 'form.descriptionTooShort', values: { min: DESCRIPTION_MIN } };
  else if (length > DESCRIPTION_MAX) errors.description = { key: 'form.descriptionTooLong', values: { max: DESCRIPTION_MAX } };
  if (values.photoCount < PHOTOS_MIN) errors.photos = { key: 'form.photosRequired', values: { min: PHOTOS_MIN } };
  if (values.outsideProvince) errors.location = { key: 'form.outsideProvince' };
  else if (!values.hasLocation) errors.location = { key: 'form.locationRequired' };
  const phone = normalisePhone(values.phone);
  if (phone && !PHONE_PATTERN.test(phone)) errors.contactPhone = { key: 'form.phoneInvalid' };
  return errors;
}

/**
 * Adds chosen files to the current ones: only images, each ≤ 10 MB, at most 5 in all. Returns the
 * new list and one message per file left out (the type by content is the server's job).
 */
export function addPhotos(current: readonly File[], chosen: readonly File[]): { photos: File[]; rejected: Message[] } {
  const photos = [...current];
  const rejected: Message[] = [];
  let tooMany = false;
  for (const file of chosen) {
    if (file.type && !file.type.startsWith('image/')) rejected.push({ key: 'form.photoNotImage', values: { name: file.name } });
    else if (file.size > PHOTO_MAX_BYTES) rejected.push({ key: 'form.photoTooLarge', values: { name: file.name, max: PHOTO_MAX_BYTES / 1024 / 1024 } });
    else if (photos.length >= PHOTOS_MAX) tooMany = true;
    else photos.push(file);
  }
  if (tooMany) rejected.push({ key: 'form.photosTooMany', values: { max: PHOTOS_MAX } });
  return { photos, rejected };
}

/** Server field errors ("location.lat", "report.description", …) → the form's fields. */
export function fieldOf(path: string): FieldName | null {
  const name = path.replace(/^report\./, '');
  if (name.startsWith('categoryId')) return 'categoryId';
  if (name.startsWith('description')) return 'description';
  if (name.startsWith('photos')) return 'photos';
  if (name.startsWith('location')) return 'location';
  if (name.startsWith('contactPhone')) return 'contactPhone';
  return null;
}
