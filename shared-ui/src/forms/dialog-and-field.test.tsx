import '../test-setup.js';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionDialog } from './action-dialog.js';
import { FormField } from './form-field.js';

function DialogOpener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Từ chối
      </button>
      {open && (
        <ActionDialog title="Từ chối hồ sơ" hint="Người nộp sẽ thấy lý do." onClose={() => setOpen(false)}>
          <input aria-label="Lý do" />
          <button type="button">Gửi</button>
        </ActionDialog>
      )}
    </>
  );
}

describe('ActionDialog', () => {
  it('is a named modal that takes focus, keeps Tab inside and gives focus back on Escape', () => {
    render(<DialogOpener />);
    const opener = screen.getByRole('button', { name: 'Từ chối' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Từ chối hồ sơ' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText('Người nộp sẽ thấy lý do.').id).toBe(dialog.getAttribute('aria-describedby'));
    const reason = screen.getByRole('textbox', { name: 'Lý do' });
    expect(document.activeElement).toBe(reason);

    // Tab from the last control wraps to the first; Shift+Tab from the first wraps to the last.
    const send = screen.getByRole('button', { name: 'Gửi' });
    send.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(send);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on a click on the backdrop but not inside', () => {
    render(<DialogOpener />);
    fireEvent.click(screen.getByRole('button', { name: 'Từ chối' }));
    fireEvent.click(screen.getByRole('dialog'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('dialog').parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('FormField', () => {
  it('labels its control and ties the hint and the errors to it', () => {
    render(
      <FormField label="Lý do" hint="Tối đa 500 ký tự." errors={['Vui lòng nhập lý do.']}>
        <textarea />
      </FormField>,
    );
    const control = screen.getByRole('textbox', { name: 'Lý do' });
    expect(control.getAttribute('aria-invalid')).toBe('true');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Tối đa 500 ký tự.', 'Vui lòng nhập lý do.']);
  });

  it('says nothing extra when there is no hint and no error', () => {
    render(
      <FormField label="Mã hồ sơ">
        <input />
      </FormField>,
    );
    const control = screen.getByRole('textbox', { name: 'Mã hồ sơ' });
    expect(control.getAttribute('aria-invalid')).toBeNull();
    expect(control.getAttribute('aria-describedby')).toBeNull();
  });
});
