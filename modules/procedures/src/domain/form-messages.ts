import type { FormField } from '../contract/form-schema.js';

/** The messages of form validation, one set per language; each names the field or the rule so a person can act. */
export interface FormMessages {
  required(field: FormField): string;
  mustTick(field: FormField): string;
  type(field: FormField): string;
  minLength(n: number): string;
  maxLength(n: number): string;
  format(type: FormField['type']): string;
  pattern: string;
  option(field: FormField): string;
  integer: string;
  min(n: number): string;
  max(n: number): string;
  minDate(day: string, isToday: boolean): string;
  maxDate(day: string, isToday: boolean): string;
}

const viDate = (day: string) => day.split('-').reverse().join('/');
const viNumber = (n: number) => n.toLocaleString('vi-VN');
const enNumber = (n: number) => n.toLocaleString('en-US');

const VI_TYPES: Record<FormField['type'], string> = {
  text: 'một đoạn chữ',
  textarea: 'một đoạn chữ',
  number: 'một số',
  date: 'một ngày hợp lệ (YYYY-MM-DD)',
  select: 'một lựa chọn trong danh sách',
  radio: 'một lựa chọn trong danh sách',
  checkbox: 'có hoặc không',
  national_id: 'số định danh cá nhân',
  tax_code: 'mã số thuế',
  phone: 'số điện thoại',
  email: 'địa chỉ thư điện tử',
};
const EN_TYPES: Record<FormField['type'], string> = {
  text: 'text',
  textarea: 'text',
  number: 'a number',
  date: 'a valid date (YYYY-MM-DD)',
  select: 'one of the listed choices',
  radio: 'one of the listed choices',
  checkbox: 'yes or no',
  national_id: 'a personal identification number',
  tax_code: 'a tax code',
  phone: 'a phone number',
  email: 'an email address',
};

const VI_FORMATS: Partial<Record<FormField['type'], string>> = {
  national_id: 'Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.',
  tax_code: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu "-" và 3 chữ số đối với đơn vị phụ thuộc.',
  phone: 'Số điện thoại gồm số 0 và 9 chữ số (hoặc +84 và 9 chữ số).',
  email: 'Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.vn).',
};
const EN_FORMATS: Partial<Record<FormField['type'], string>> = {
  national_id: 'A personal identification number (CCCD) has exactly 12 digits.',
  tax_code: 'A tax code has 10 digits, or 10 digits, "-" and 3 digits for a branch.',
  phone: 'A phone number is 0 followed by 9 digits (or +84 followed by 9 digits).',
  email: 'This is not a valid email address (e.g. name@example.vn).',
};

const vi: FormMessages = {
  required: (field) => `Vui lòng nhập "${field.label.vi}".`,
  mustTick: (field) => `Vui lòng đánh dấu xác nhận "${field.label.vi}".`,
  type: (field) => `"${field.label.vi}" phải là ${VI_TYPES[field.type]}.`,
  minLength: (n) => `Cần ít nhất ${viNumber(n)} ký tự.`,
  maxLength: (n) => `Tối đa ${viNumber(n)} ký tự.`,
  format: (type) => VI_FORMATS[type] ?? 'Giá trị chưa đúng định dạng.',
  pattern: 'Giá trị chưa đúng định dạng yêu cầu.',
  option: (field) => `Chọn một trong: ${(field.options ?? []).map((option) => option.label.vi).join('; ')}.`,
  integer: 'Phải là số nguyên.',
  min: (n) => `Giá trị nhỏ nhất là ${viNumber(n)}.`,
  max: (n) => `Giá trị lớn nhất là ${viNumber(n)}.`,
  minDate: (day, isToday) => (isToday ? 'Ngày không được trước hôm nay.' : `Ngày không được trước ${viDate(day)}.`),
  maxDate: (day, isToday) => (isToday ? 'Ngày không được sau hôm nay.' : `Ngày không được sau ${viDate(day)}.`),
};

const en: FormMessages = {
  required: (field) => `Please fill in "${field.label.en}".`,
  mustTick: (field) => `Please tick "${field.label.en}" to confirm.`,
  type: (field) => `"${field.label.en}" must be ${EN_TYPES[field.type]}.`,
  minLength: (n) => `At least ${enNumber(n)} characters.`,
  maxLength: (n) => `At most ${enNumber(n)} characters.`,
  format: (type) => EN_FORMATS[type] ?? 'The value is not in the expected format.',
  pattern: 'The value is not in the required format.',
  option: (field) => `Choose one of: ${(field.options ?? []).map((option) => option.label.en).join('; ')}.`,
  integer: 'Must be a whole number.',
  min: (n) => `The smallest allowed value is ${enNumber(n)}.`,
  max: (n) => `The largest allowed value is ${enNumber(n)}.`,
  minDate: (day, isToday) => (isToday ? 'The date may not be before today.' : `The date may not be before ${day}.`),
  maxDate: (day, isToday) => (isToday ? 'The date may not be in the future.' : `The date may not be after ${day}.`),
};

export function formMessages(lang: 'vi' | 'en'): FormMessages {
  return lang === 'en' ? en : vi;
}
