import type { FormField, LocalizedText, RequiredDocument } from '../../contract/form-schema.js';
import type { procedures } from '../schema.js';

/**
 * Building blocks of the seeded procedures: the fields many forms share (the applicant, contact details,
 * the closing declaration) so each procedure file shows only what is its own.
 */

export type ProcedureSeed = Omit<typeof procedures.$inferInsert, 'displayOrder' | 'active'>;
/** A field as written in seed data: `required` defaults to false like FormFieldSchema does. */
export type FieldSeed = Omit<FormField, 'required'> & { required?: boolean };

export const t = (vi: string, en: string): LocalizedText => ({ vi, en });

export function field(id: string, type: FormField['type'], label: LocalizedText, rest: Partial<FieldSeed> = {}): FormField {
  return { id, type, label, required: false, ...rest };
}

export const required = (id: string, type: FormField['type'], label: LocalizedText, rest: Partial<FieldSeed> = {}) =>
  field(id, type, label, { ...rest, required: true });

export const option = (value: string, vi: string, en: string) => ({ value, label: t(vi, en) });

/** The person who files the dossier (người yêu cầu), pre-filled from the signed-in identity. */
export function applicantFields(): FormField[] {
  return [
    required('applicantName', 'text', t('Họ, chữ đệm, tên người yêu cầu', 'Full name of the applicant'), { prefill: 'name', minLength: 2, maxLength: 100 }),
    required('applicantIdNumber', 'national_id', t('Số định danh cá nhân', 'Personal identification number'), { prefill: 'national_id' }),
    required('applicantBirthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { prefill: 'birthdate', minDate: '1900-01-01', maxDate: 'today' }),
    required('applicantAddress', 'text', t('Nơi cư trú', 'Place of residence'), { prefill: 'address', maxLength: 300 }),
  ];
}

export function contactFields(): FormField[] {
  return [
    required('phone', 'phone', t('Số điện thoại liên hệ', 'Contact phone number'), { help: t('Cán bộ gọi số này khi cần bổ sung hồ sơ.', 'The officer calls this number if something is missing.') }),
    field('email', 'email', t('Thư điện tử', 'Email')),
  ];
}

/** The closing declaration every tờ khai ends with (Tôi cam đoan…). */
export const pledgeField = () =>
  required(
    'pledge',
    'checkbox',
    t(
      'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình',
      'I declare that the above is true and accept legal responsibility for this declaration',
    ),
  );

export function document(id: string, name: LocalizedText, rest: { required?: boolean; copies?: number; template?: LocalizedText | null } = {}): RequiredDocument {
  return { id, name, required: rest.required ?? true, copies: rest.copies ?? 1, template: rest.template ?? null };
}

export const GENDER_OPTIONS = [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')];

export const RELATIONSHIP_OPTIONS = [
  option('self', 'Bản thân', 'Self'),
  option('parent', 'Cha, mẹ', 'Parent'),
  option('grandparent', 'Ông, bà', 'Grandparent'),
  option('relative', 'Người thân thích khác', 'Other relative'),
  option('authorized', 'Người được ủy quyền', 'Authorised person'),
];
