import { testCaller } from '@portal/module-kit/testing';
import { describe, expect, it } from 'vitest';
import { FormDefinitionSchema, type FormDefinition } from '../contract/form-schema.js';
import { isFieldVisible, prefillValues, validateForm } from './form-validation.js';

const label = (vi: string, en: string) => ({ vi, en });

/** A form with one field of every type and the rules each can carry. */
const FORM: FormDefinition = FormDefinitionSchema.parse({
  sections: [
    {
      id: 'applicant',
      title: label('Người yêu cầu', 'Applicant'),
      fields: [
        { id: 'fullName', type: 'text', label: label('Họ và tên', 'Full name'), required: true, prefill: 'name', minLength: 2, maxLength: 100 },
        { id: 'nationalId', type: 'national_id', label: label('Số định danh cá nhân', 'Personal ID number'), required: true, prefill: 'national_id' },
        { id: 'birthDate', type: 'date', label: label('Ngày sinh', 'Date of birth'), prefill: 'birthdate', minDate: '1900-01-01', maxDate: 'today' },
        { id: 'address', type: 'textarea', label: label('Nơi cư trú', 'Residence'), prefill: 'address' },
        { id: 'phone', type: 'phone', label: label('Số điện thoại', 'Phone') },
        { id: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
        { id: 'taxCode', type: 'tax_code', label: label('Mã số thuế', 'Tax code'), prefill: 'org_tax_code' },
        { id: 'orgName', type: 'text', label: label('Tên doanh nghiệp', 'Enterprise'), prefill: 'org_name' },
      ],
    },
    {
      id: 'request',
      title: label('Nội dung', 'Request'),
      fields: [
        {
          id: 'purpose',
          type: 'select',
          label: label('Mục đích', 'Purpose'),
          required: true,
          options: [
            { value: 'marriage', label: label('Đăng ký kết hôn', 'Marriage registration') },
            { value: 'other', label: label('Mục đích khác', 'Other purpose') },
          ],
        },
        { id: 'otherPurpose', type: 'text', label: label('Mục đích khác', 'Other purpose'), required: true, visibleWhen: { field: 'purpose', equals: ['other'] } },
        { id: 'copies', type: 'number', label: label('Số bản sao', 'Copies'), required: true, integer: true, min: 1, max: 10 },
        { id: 'plotCode', type: 'text', label: label('Số thửa', 'Plot number'), pattern: '\\d{1,5}', patternMessage: label('Số thửa gồm 1–5 chữ số.', 'A plot number has 1–5 digits.') },
        { id: 'appointment', type: 'date', label: label('Ngày hẹn', 'Appointment'), minDate: 'today' },
        { id: 'byPost', type: 'radio', label: label('Nhận kết quả qua bưu điện', 'Result by post'), options: [{ value: 'yes', label: label('Có', 'Yes') }, { value: 'no', label: label('Không', 'No') }] },
        { id: 'postAddress', type: 'text', label: label('Địa chỉ nhận', 'Postal address'), required: true, visibleWhen: { field: 'byPost', equals: ['yes'] } },
        { id: 'postNote', type: 'text', label: label('Ghi chú bưu điện', 'Post note'), visibleWhen: { field: 'postAddress', equals: ['Hộp thư 12'] } },
        { id: 'pledge', type: 'checkbox', label: label('Tôi cam đoan nội dung trên là đúng sự thật', 'I declare the above is true'), required: true },
      ],
    },
  ],
});

const TODAY = '2026-11-30';
const VALID = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001090000001',
  birthDate: '1990-05-17',
  purpose: 'marriage',
  copies: 2,
  pledge: true,
};

const submit = (values: Record<string, unknown>, lang: 'vi' | 'en' = 'vi') =>
  validateForm(FORM, values as never, { lang, mode: 'submit', today: TODAY });
const draft = (values: Record<string, unknown>, lang: 'vi' | 'en' = 'vi') => validateForm(FORM, values as never, { lang, mode: 'draft', today: TODAY });

describe('validateForm in submit mode', () => {
  it('accepts a complete form and keeps exactly its values', () => {
    expect(submit(VALID)).toEqual({ values: VALID, errors: {} });
  });

  it('names every missing required field, in Vietnamese by default and in English on request', () => {
    const { errors } = submit({});
    expect(Object.keys(errors).sort()).toEqual(['copies', 'fullName', 'nationalId', 'pledge', 'purpose']);
    expect(errors.fullName).toEqual(['Vui lòng nhập "Họ và tên".']);
    expect(errors.pledge).toEqual(['Vui lòng đánh dấu xác nhận "Tôi cam đoan nội dung trên là đúng sự thật".']);
    expect(submit({}, 'en').errors.fullName).toEqual(['Please fill in "Full name".']);
  });

  it('treats blank text and null as missing', () => {
    expect(submit({ ...VALID, fullName: '   ' }).errors.fullName).toEqual(['Vui lòng nhập "Họ và tên".']);
    expect(submit({ ...VALID, copies: null }).errors.copies).toHaveLength(1);
  });

  it('refuses an unticked declaration', () => {
    expect(submit({ ...VALID, pledge: false }).errors.pledge).toEqual(['Vui lòng đánh dấu xác nhận "Tôi cam đoan nội dung trên là đúng sự thật".']);
  });

  it('checks lengths, trims text and counts characters, not bytes', () => {
    expect(submit({ ...VALID, fullName: 'A' }).errors.fullName).toEqual(['Cần ít nhất 2 ký tự.']);
    expect(submit({ ...VALID, fullName: 'Ư'.repeat(101) }, 'en').errors.fullName).toEqual(['At most 100 characters.']);
    expect(submit({ ...VALID, fullName: '  Lò Thị Ánh  ' }).values.fullName).toBe('Lò Thị Ánh');
    expect(submit({ ...VALID, address: 'x'.repeat(5001) }).errors.address).toEqual(['Tối đa 5.000 ký tự.']);
  });

  it('checks national ids, tax codes, phones and emails', () => {
    const { errors } = submit({ ...VALID, nationalId: '12345', taxCode: '56001234', phone: '12345', email: 'an@' });
    expect(errors.nationalId).toEqual(['Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.']);
    expect(errors.taxCode?.[0]).toMatch(/^Mã số thuế gồm 10 chữ số/);
    expect(errors.phone?.[0]).toMatch(/^Số điện thoại gồm số 0/);
    expect(errors.email?.[0]).toMatch(/^Địa chỉ thư điện tử chưa đúng/);
    const good = submit({ ...VALID, taxCode: '5600123456-001', phone: '0912 345 678', email: 'An@Example.VN' });
    expect(good.errors).toEqual({});
    expect(good.values).toMatchObject({ taxCode: '5600123456-001', phone: '0912345678', email: 'an@example.vn' });
    expect(submit({ ...VALID, phone: '+84912345678' }).errors).toEqual({});
  });

  it("uses the field's own pattern message, in the caller's language", () => {
    expect(submit({ ...VALID, plotCode: '12a' }).errors.plotCode).toEqual(['Số thửa gồm 1–5 chữ số.']);
    expect(submit({ ...VALID, plotCode: '123456' }, 'en').errors.plotCode).toEqual(['A plot number has 1–5 digits.']);
    expect(submit({ ...VALID, plotCode: '345' }).errors).toEqual({});
  });

  it('checks numbers: type, whole numbers, bounds; numeric text is read as a number', () => {
    expect(submit({ ...VALID, copies: 'hai' }).errors.copies).toEqual(['"Số bản sao" phải là một số.']);
    expect(submit({ ...VALID, copies: 1.5 }).errors.copies).toEqual(['Phải là số nguyên.']);
    expect(submit({ ...VALID, copies: 0 }).errors.copies).toEqual(['Giá trị nhỏ nhất là 1.']);
    expect(submit({ ...VALID, copies: 11 }, 'en').errors.copies).toEqual(['The largest allowed value is 10.']);
    expect(submit({ ...VALID, copies: '3' }).values.copies).toBe(3);
  });

  it("checks dates: real calendar days, fixed bounds and 'today'", () => {
    expect(submit({ ...VALID, birthDate: '2026-02-30' }).errors.birthDate).toEqual(['"Ngày sinh" phải là một ngày hợp lệ (YYYY-MM-DD).']);
    expect(submit({ ...VALID, birthDate: '30/11/1990' }).errors.birthDate).toHaveLength(1);
    expect(submit({ ...VALID, birthDate: '2026-12-01' }).errors.birthDate).toEqual(['Ngày không được sau hôm nay.']);
    expect(submit({ ...VALID, birthDate: TODAY }).errors).toEqual({});
    expect(submit({ ...VALID, birthDate: '1899-12-31' }).errors.birthDate).toEqual(['Ngày không được trước 01/01/1900.']);
    expect(submit({ ...VALID, appointment: '2026-11-29' }, 'en').errors.appointment).toEqual(['The date may not be before today.']);
  });

  it('accepts only listed options, and says which', () => {
    expect(submit({ ...VALID, purpose: 'travel' }).errors.purpose).toEqual(['Chọn một trong: Đăng ký kết hôn; Mục đích khác.']);
    expect(submit({ ...VALID, byPost: 'maybe' }, 'en').errors.byPost).toEqual(['Choose one of: Yes; No.']);
  });

  it('stores text in NFC so decomposed input matches the patterns', () => {
    const decomposed = 'Lò Thị Ánh'.normalize('NFD');
    expect(submit({ ...VALID, fullName: decomposed }).values.fullName).toBe('Lò Thị Ánh'.normalize('NFC'));
  });

  it('skips a pattern an operator mistyped instead of failing the applicant', () => {
    const broken = FormDefinitionSchema.parse({
      sections: [{ id: 's', title: label('Mục', 'Section'), fields: [{ id: 'code', type: 'text', label: label('Mã', 'Code'), pattern: '([0-9' }] }],
    });
    expect(validateForm(broken, { code: '12' }, { lang: 'vi', mode: 'submit', today: TODAY })).toEqual({ values: { code: '12' }, errors: {} });
  });

  it('refuses values of the wrong type', () => {
    const { errors } = submit({ ...VALID, fullName: 42, pledge: 'yes' });
    expect(errors.fullName).toEqual(['"Họ và tên" phải là một đoạn chữ.']);
    expect(errors.pledge).toEqual(['"Tôi cam đoan nội dung trên là đúng sự thật" phải là có hoặc không.']);
  });

  it('requires a conditional field only when it shows, and drops it when hidden', () => {
    expect(submit({ ...VALID, purpose: 'other' }).errors.otherPurpose).toEqual(['Vui lòng nhập "Mục đích khác".']);
    expect(submit({ ...VALID, purpose: 'other', otherPurpose: 'Đi du học' }).values.otherPurpose).toBe('Đi du học');
    const hidden = submit({ ...VALID, otherPurpose: 'x'.repeat(900) });
    expect(hidden.errors).toEqual({});
    expect(hidden.values).not.toHaveProperty('otherPurpose');
  });

  it('hides a field whose condition names a hidden field (hiding cascades)', () => {
    const shown = submit({ ...VALID, byPost: 'yes', postAddress: 'Hộp thư 12', postNote: 'Giao giờ hành chính' });
    expect(shown.values).toMatchObject({ postAddress: 'Hộp thư 12', postNote: 'Giao giờ hành chính' });
    const cascaded = submit({ ...VALID, byPost: 'no', postAddress: 'Hộp thư 12', postNote: 'Giao giờ hành chính' });
    expect(cascaded.values).not.toHaveProperty('postAddress');
    expect(cascaded.values).not.toHaveProperty('postNote');
    expect(submit({ ...VALID, byPost: 'yes' }).errors.postAddress).toHaveLength(1);
  });

  it('drops fields the form does not declare', () => {
    const result = submit({ ...VALID, isAdmin: true, __proto__x: 'a' });
    expect(result.values).toEqual(VALID);
  });
});

describe('validateForm in draft mode', () => {
  it('saves a half-filled form: missing required fields and unfinished formats are fine', () => {
    expect(draft({ fullName: 'A', nationalId: '0010', copies: 99, pledge: false })).toEqual({
      values: { fullName: 'A', nationalId: '0010', copies: 99, pledge: false },
      errors: {},
    });
    expect(draft({})).toEqual({ values: {}, errors: {} });
  });

  it('still refuses wrong types and over-long text', () => {
    const { errors } = draft({ fullName: 'x'.repeat(101), copies: 'nhiều', birthDate: '17/05/1990', pledge: 'có' });
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'copies', 'fullName', 'pledge']);
    expect(errors.fullName).toEqual(['Tối đa 100 ký tự.']);
  });

  it('drops hidden and unknown fields there too', () => {
    expect(draft({ purpose: 'marriage', otherPurpose: 'Du lịch', unknown: 'x' }).values).toEqual({ purpose: 'marriage' });
  });
});

describe('isFieldVisible', () => {
  const field = (equals: Array<string | boolean | number>) => ({ ...FORM.sections[1]!.fields[1]!, visibleWhen: { field: 'other', equals } });

  it('shows a field without a condition, and a conditional one only for the listed values', () => {
    expect(isFieldVisible(FORM.sections[0]!.fields[0]!, {})).toBe(true);
    expect(isFieldVisible(field(['a', 'b']), { other: 'b' })).toBe(true);
    expect(isFieldVisible(field(['a', 'b']), { other: 'c' })).toBe(false);
    expect(isFieldVisible(field(['a']), {})).toBe(false);
  });

  it('compares checkboxes and numbers by value', () => {
    expect(isFieldVisible(field([true]), { other: true })).toBe(true);
    expect(isFieldVisible(field([true]), { other: false })).toBe(false);
    expect(isFieldVisible(field([2]), { other: '2' })).toBe(true);
  });
});

describe('prefillValues', () => {
  it("fills the fields from the citizen's identity", () => {
    const caller = testCaller({ roles: ['citizen'], name: 'Nguyễn Văn An', nationalId: '001090000001', birthdate: '1990-05-17', address: 'Tổ 3, phường Him Lam' });
    expect(prefillValues(FORM, caller)).toEqual({
      fullName: 'Nguyễn Văn An',
      nationalId: '001090000001',
      birthDate: '1990-05-17',
      address: 'Tổ 3, phường Him Lam',
    });
  });

  it("adds the enterprise's name and tax code for a business account, and leaves unknown sources empty", () => {
    const caller = testCaller({ roles: ['business'], name: 'Lò Văn Minh', org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' } });
    expect(prefillValues(FORM, caller)).toEqual({ fullName: 'Lò Văn Minh', taxCode: '5600123456', orgName: 'Công ty TNHH Hoa Ban Điện Biên' });
  });
});
