// @vitest-environment happy-dom
import { createSessionFetch, type Session } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRealApi, setOrigin, type RealApi } from '../../shared/testing/real-api.js';
import { BUSINESS, renderApp, signedIn } from '../../shared/testing/render-app.js';

/*
 * Attaching files to a draft against the real procedures API over HTTP (its own process): the upload goes
 * through XMLHttpRequest with the session's token, shows a progress bar with a Cancel button per file,
 * and shows the API's refusal. (happy-dom reports no upload progress: the bar stays without a percentage.)
 */
let api: RealApi;
let dossierId: string;

const TOKEN = 'token-business';
const CLAIMS = { sub: 'ui-upload-business', name: 'Lò Văn Doanh', national_id: '001090000004', roles: ['business'], org: { tax_code: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' } };
const sessionFetch = createSessionFetch(async () => TOKEN);
const session: Session = { ...signedIn(sessionFetch, { ...BUSINESS, sub: CLAIMS.sub, name: CLAIMS.name }), token: async () => TOKEN };
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
// A real 1×1 PNG, named .pdf: the API reads the content and refuses it.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

beforeAll(async () => {
  api = await startRealApi({ [TOKEN]: CLAIMS });
  setOrigin(api.origin);
  const created = await sessionFetch('/api/procedures/dossiers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureId: 'dang-ky-thanh-lap-ho-kinh-doanh' }),
  });
  dossierId = ((await created.json()) as { id: string }).id;
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => {
  await api?.stop();
});

const attachments = async () => ((await (await sessionFetch(`/api/procedures/dossiers/${dossierId}`)).json()) as { attachments: { fileName: string }[] }).attachments;

async function choose(file: File): Promise<HTMLElement> {
  const input = await screen.findByLabelText(/Chọn tệp cho “Giấy đề nghị đăng ký hộ kinh doanh”/, {}, { timeout: 10_000 });
  fireEvent.change(input, { target: { files: [file] } });
  return input.closest('[data-document]') as HTMLElement;
}

describe('attaching a document', () => {
  it('shows the file on its way with a progress bar and a Cancel button, then lists it', async () => {
    renderApp(`/m/procedures/dossiers/${dossierId}`, session);
    const block = await choose(new File([PDF], 'to-khai.pdf', { type: 'application/pdf' }));
    const bar = within(block).getByRole('progressbar', { name: /^Đang tải lên/ });
    expect(bar.getAttribute('aria-describedby')).toBe(within(block).getByText('to-khai.pdf').id);
    expect(within(block).getByRole('button', { name: 'Huỷ tải lên “to-khai.pdf”' })).toBeTruthy();

    expect(await within(block).findByRole('button', { name: 'Tải to-khai.pdf' }, { timeout: 10_000 })).toBeTruthy();
    expect(within(block).queryByRole('progressbar')).toBeNull();
    expect((await attachments()).map((file) => file.fileName)).toEqual(['to-khai.pdf']);
  });

  it('cancels a file: nothing is stored and the person is told', async () => {
    // The token takes a moment, as when it is being refreshed: Cancel comes before a byte is sent.
    const refreshing = () => new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), 100));
    renderApp(`/m/procedures/dossiers/${dossierId}`, { ...session, token: refreshing });
    await screen.findByRole('button', { name: 'Tải to-khai.pdf' }, { timeout: 10_000 });
    const block = await choose(new File([PDF], 'ban-sao.pdf', { type: 'application/pdf' }));
    fireEvent.click(within(block).getByRole('button', { name: 'Huỷ tải lên “ban-sao.pdf”' }));
    expect(within(block).getByText('Đã huỷ tải lên “ban-sao.pdf”.')).toBeTruthy();
    expect(within(block).queryByRole('progressbar')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await attachments()).map((file) => file.fileName)).toEqual(['to-khai.pdf']);
  });

  it('shows the API’s refusal of a picture renamed .pdf', async () => {
    renderApp(`/m/procedures/dossiers/${dossierId}`, session);
    const block = await choose(new File([PNG], 'anh-chup.pdf', { type: 'application/pdf' }));
    const alert = await within(block).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toMatch(/^Không tải lên được “anh-chup\.pdf”: Tên tệp có đuôi \.pdf nhưng nội dung là /);
    await waitFor(() => expect(within(block).queryByRole('progressbar')).toBeNull());
    expect(within(block).getByLabelText(/Chọn tệp cho/).getAttribute('aria-invalid')).toBe('true');
  });
});
