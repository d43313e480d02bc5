// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormDefinition, FormValues } from '../../../contract/form-schema.js';
import { HOUSEHOLD_FORM } from '../../shared/testing/fixtures.js';
import { DossierForm, focusFirstError } from './dossier-form.js';
import { isFieldVisible, visibleFieldIds } from './visibility.js';

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

let latest: FormValues = {};

function Harness({ initial = {}, errors = {} }: { initial?: FormValues; errors?: Record<string, string[]> }) {
  const [values, setValues] = useState<FormValues>(initial);
  latest = values;
  return (
    <div data-testid="form">
      <DossierForm form={HOUSEHOLD_FORM} values={values} errors={errors} onChange={(id, value) => setValues((current) => ({ ...current, [id]: value }))} />
    </div>
  );
}

describe('DossierForm (a form declared as data)', () => {
  it('renders each field type as the control a phone user expects, with pre-filled values and required marks', () => {
    render(<Harness initial={{ ownerName: 'Lò Văn Bình', nationalId: '001090000004' }} />);
    expect(screen.getByRole('group', { name: 'Thông tin chủ hộ' })).toBeTruthy();
    const name = screen.getByRole('textbox', { name: /^Họ và tên chủ hộ/ }) as HTMLInputElement;
    expect(name.value).toBe('Lò Văn Bình');
    expect(name.getAttribute('aria-required')).toBe('true');
    const id = screen.getByRole('textbox', { name: /^Số CCCD/ }) as HTMLInputElement;
    expect([id.value, id.inputMode, id.maxLength]).toEqual(['001090000004', 'numeric', 12]);
    expect((screen.getByLabelText(/^Ngày sinh/) as HTMLInputElement).type).toBe('date');
    expect((screen.getByLabelText(/^Số điện thoại/) as HTMLInputElement).type).toBe('tel');
    expect(screen.getByLabelText(/^Số điện thoại/).getAttribute('aria-required')).toBeNull();
    expect((screen.getByLabelText(/^Thư điện tử/) as HTMLInputElement).type).toBe('email');
    expect(screen.getByRole('spinbutton', { name: /^Vốn kinh doanh/ })).toBeTruthy();
    const trade = screen.getByRole('combobox', { name: /^Ngành nghề/ });
    expect(within(trade).getAllByRole('option').map((option) => option.textContent)).toEqual(['— Chọn —', 'Ăn uống', 'Bán lẻ']);
    const premises = screen.getByRole('group', { name: /^Địa điểm kinh doanh/ });
    expect(within(premises).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ })).toBeTruthy();
    expect(screen.getByLabelText(/^Địa chỉ kinh doanh/).tagName).toBe('TEXTAREA');
    // The help text describes its field.
    const phone = screen.getByLabelText(/^Số điện thoại/);
    expect(document.getElementById(phone.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Để cán bộ liên hệ khi cần');
  });

  it('keeps typed values with their types: text, numbers, dates, choices and ticks', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText(/^Tên hộ kinh doanh/), { target: { value: 'Quán Phở Him Lam' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Vốn kinh doanh/ }), { target: { value: '50000000' } });
    fireEvent.change(screen.getByLabelText(/^Ngày sinh/), { target: { value: '1990-05-17' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Ngành nghề/ }), { target: { value: 'food' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Thuê' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ }));
    expect(latest).toEqual({ businessName: 'Quán Phở Him Lam', capital: 50000000, birthDate: '1990-05-17', trade: 'food', premises: 'rented', pledge: true });
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Vốn kinh doanh/ }), { target: { value: '' } });
    expect(latest.capital).toBeNull();
  });

  it('shows a conditional field only while its condition holds (visibleWhen)', () => {
    render(<Harness />);
    expect(screen.queryByLabelText(/^Số lao động/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Có thuê lao động' }));
    expect(screen.getByRole('spinbutton', { name: /^Số lao động/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Có thuê lao động' }));
    expect(screen.queryByLabelText(/^Số lao động/)).toBeNull();
    const employeeCount = HOUSEHOLD_FORM.sections[1]!.fields.find((field) => field.id === 'employeeCount')!;
    expect([isFieldVisible(employeeCount, {}), isFieldVisible(employeeCount, { hasEmployees: true })]).toEqual([false, true]);
  });

  it('hides like the server: a blank value never matches, and hiding cascades', () => {
    const form: FormDefinition = {
      sections: [
        {
          id: 's',
          title: { vi: 'Mục', en: 'Section' },
          fields: [
            { id: 'married', type: 'checkbox', label: { vi: 'Đã kết hôn', en: 'Married' }, required: false },
            { id: 'spouseKnown', type: 'radio', label: { vi: 'Biết vợ/chồng', en: 'Spouse known' }, required: false, visibleWhen: { field: 'married', equals: [true] }, options: [{ value: 'yes', label: { vi: 'Có', en: 'Yes' } }] },
            { id: 'spouseName', type: 'text', label: { vi: 'Tên vợ/chồng', en: 'Spouse' }, required: false, visibleWhen: { field: 'spouseKnown', equals: ['yes'] } },
            { id: 'single', type: 'text', label: { vi: 'Độc thân', en: 'Single' }, required: false, visibleWhen: { field: 'married', equals: [false] } },
          ],
        },
      ],
    };
    expect([...visibleFieldIds(form, {})]).toEqual(['married']);
    expect([...visibleFieldIds(form, { married: true, spouseKnown: 'yes' })]).toEqual(['married', 'spouseKnown', 'spouseName']);
    // The spouse's name hides with the question it depends on, although its own condition still holds.
    expect([...visibleFieldIds(form, { married: false, spouseKnown: 'yes' })]).toEqual(['married', 'single']);
  });

  it('shows the API errors at their fields, linked with aria-describedby, and focuses the first one', () => {
    const errors = { businessName: ['Nhập tên hộ kinh doanh.'], premises: ['Chọn địa điểm kinh doanh.'] };
    render(<Harness errors={errors} />);
    const businessName = screen.getByLabelText(/^Tên hộ kinh doanh/);
    expect(businessName.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(businessName.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Nhập tên hộ kinh doanh.');
    const premises = screen.getByRole('group', { name: /^Địa điểm kinh doanh/ });
    expect(within(premises).getByText('Chọn địa điểm kinh doanh.')).toBeTruthy();
    expect(screen.getByLabelText(/^Họ và tên chủ hộ/).getAttribute('aria-invalid')).toBeNull();
    focusFirstError(screen.getByTestId('form'));
    expect(document.activeElement).toBe(businessName);
  });

  it('speaks English when the visitor chose it', async () => {
    await changeLanguage('en');
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Household business' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: /^Trade/ })).getAllByRole('option')[0]!.textContent).toBe('— Choose —');
  });
});
