import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { eq } from 'drizzle-orm';
import { ATTACHMENT_MAX_BYTES } from '../../contract/domain.js';
import { auditLog } from '../../db/schema.js';
import { contentDisposition } from './downloads.js';
import { UPLOAD_BODY_MAX_BYTES } from './multipart.js';
import { admin, business, business2, citizen, helpers, officer, otherCitizen, pdfBytes, pngBytes, startDossiersApi, uploadForm, wardOfficer, type Helpers } from './test-fixtures.js';

let api: ModuleApiHarness;
let h: Helpers;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
});
afterAll(() => api.close());

const filesOf = (id: string) => `/api/procedures/dossiers/${id}/files`;

describe('attaching files', () => {
  it('takes a PDF and a PNG, detected from their content, and lists them on the dossier', async () => {
    const { id } = await h.create(business);
    const pdf = await h.attach(business, id, 'giay-de-nghi', pdfBytes(), 'Giấy đề nghị.pdf');
    expect(pdf.status).toBe(201);
    expect(await pdf.json()).toMatchObject({ documentId: 'giay-de-nghi', fileName: 'Giấy đề nghị.pdf', mediaType: 'application/pdf', supplementRequestId: null });
    const png = await h.attach(business, id, 'cccd', pngBytes(), 'cccd');
    expect(png.status).toBe(201);
    expect(await png.json()).toMatchObject({ fileName: 'cccd.png', mediaType: 'image/png' });
    const detail = await (await api.request(`/api/procedures/dossiers/${id}`, {}, { as: business2 })).json();
    expect(detail.attachments.map((file: { documentId: string }) => file.documentId)).toEqual(['giay-de-nghi', 'cccd']);
    const audit = await api.context.db.select().from(auditLog).where(eq(auditLog.dossierId, id));
    expect(audit.map((entry) => [entry.action, entry.actorSub, entry.after.fileName])).toEqual([
      ['create', business.sub, undefined],
      ['attach', business.sub, 'Giấy đề nghị.pdf'],
      ['attach', business.sub, 'cccd.png'],
    ]);
  });

  it('refuses a PNG named .pdf (415), a program renamed .pdf (422) and a file over 20 MB (413)', async () => {
    const { id } = await h.create(citizen);
    const mismatched = await h.attach(citizen, id, 'cccd', pngBytes(), 'cccd.pdf');
    expect(mismatched.status).toBe(415);
    expect((await mismatched.json()).errors.file[0]).toContain('.pdf');

    const program = new Uint8Array(4096);
    program.set(new TextEncoder().encode('MZ'), 0);
    const exe = await h.attach(citizen, id, 'cccd', program, 'don.pdf');
    expect(exe.status).toBe(422);
    expect((await exe.json()).type).toBe('/problems/upload-dangerous');

    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(pdfBytes(), 0);
    const tooBig = await h.attach(citizen, id, 'cccd', big, 'lon.pdf');
    expect(tooBig.status).toBe(413);

    const detail = await (await api.request(`/api/procedures/dossiers/${id}`, {}, { as: citizen })).json();
    expect(detail.attachments).toEqual([]);
  });

  it('refuses an unknown document, a missing file, a non-multipart body and strangers', async () => {
    const { id } = await h.create(citizen);
    const unknown = await h.attach(citizen, id, 'khong-co', pdfBytes());
    expect(unknown.status).toBe(400);
    expect(Object.keys((await unknown.json()).errors)).toEqual(['documentId']);
    const form = new FormData();
    form.append('documentId', 'cccd');
    const missing = await api.request(filesOf(id), { method: 'POST', body: form }, { as: citizen });
    expect((await missing.json()).errors.file).toHaveLength(1);
    const json = await api.request(filesOf(id), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, { as: citizen });
    expect(json.status).toBe(415);
    expect((await h.attach(otherCitizen, id, 'cccd')).status).toBe(404);
  });

  it("answers a stranger's upload with 404 without reading the body, and cuts an endless body at 413", async () => {
    const { id } = await h.create(citizen);
    // A body that never ends: a server that read it before checking would never answer.
    let bytesPulled = 0;
    const endlessUpload = () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          bytesPulled += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      });
      return { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body, duplex: 'half' } as RequestInit;
    };
    const stranger = await api.request(filesOf(id), endlessUpload(), { as: otherCitizen });
    expect(stranger.status).toBe(404);
    expect((await stranger.json()).type).toBe('/problems/not-found');
    expect(bytesPulled).toBeLessThanOrEqual(2 * 64 * 1024);

    bytesPulled = 0;
    const owner = await api.request(filesOf(id), endlessUpload(), { as: citizen });
    expect(owner.status).toBe(413);
    // Stopped at the limit (give or take the chunks the streams buffer ahead).
    expect(bytesPulled).toBeLessThanOrEqual(UPLOAD_BODY_MAX_BYTES + 4 * 64 * 1024);
  });

  it('refuses files once submitted (409 with what is allowed)', async () => {
    const id = await h.ready(citizen);
    expect((await h.submit(citizen, id)).status).toBe(201);
    const res = await h.attach(citizen, id, 'cccd');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: '/problems/illegal-transition', allowed: ['withdraw'] });
  });
});

describe('downloading and removing files', () => {
  it('serves the bytes to the applicant side and the agency, as an attachment, and 404 to anyone else', async () => {
    const id = await h.ready(business);
    const detail = await (await api.request(`/api/procedures/dossiers/${id}`, {}, { as: business })).json();
    const file = detail.attachments[0];
    // A draft is the applicant's alone.
    expect((await api.request(file.url, {}, { as: officer })).status).toBe(404);
    expect((await h.submit(business, id)).status).toBe(201);
    for (const as of [business, business2, officer, admin]) {
      const res = await api.request(file.url, {}, { as });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="giay-to.pdf"; filename\*=UTF-8''giay-to.pdf$/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes());
    }
    for (const as of [otherCitizen, citizen, wardOfficer]) expect((await api.request(file.url, {}, { as })).status).toBe(404);
    expect((await api.request(`${filesOf(id)}/00000000-0000-4000-8000-000000000000`, {}, { as: business })).status).toBe(404);
  });

  it('names Vietnamese files with RFC 5987', () => {
    expect(contentDisposition('Tờ khai "mới".pdf')).toBe(`attachment; filename="To khai _moi_.pdf"; filename*=UTF-8''T%E1%BB%9D%20khai%20%22m%E1%BB%9Bi%22.pdf`);
  });

  it('removes a file from a draft only', async () => {
    const { id } = await h.create(citizen);
    const attached = await (await h.attach(citizen, id, 'cccd')).json();
    expect((await api.request(`${filesOf(id)}/${attached.id}`, { method: 'DELETE' }, { as: otherCitizen })).status).toBe(404);
    expect((await api.request(`${filesOf(id)}/${attached.id}`, { method: 'DELETE' }, { as: citizen })).status).toBe(204);
    expect((await api.request(attached.url, {}, { as: citizen })).status).toBe(404);
    const submitted = await h.ready(citizen);
    await h.submit(citizen, submitted);
    const [kept] = (await (await api.request(`/api/procedures/dossiers/${submitted}`, {}, { as: citizen })).json()).attachments;
    expect((await api.request(`${filesOf(submitted)}/${kept.id}`, { method: 'DELETE' }, { as: citizen })).status).toBe(409);
  });

  it('takes at most 10 files per document', async () => {
    const { id } = await h.create(citizen);
    for (let index = 0; index < 10; index += 1) expect((await h.attach(citizen, id, 'cccd', pdfBytes(), `trang-${index}.pdf`)).status).toBe(201);
    const res = await h.attach(citizen, id, 'cccd');
    expect(res.status).toBe(422);
    expect((await res.json()).type).toBe('/problems/too-many-files');
    expect((await h.attach(citizen, id, 'giay-de-nghi')).status).toBe(201);
  });

  it('keeps the supplement request id out of drafts', async () => {
    const { id } = await h.create(citizen);
    const res = await api.request(filesOf(id), uploadForm('cccd', pdfBytes(), 'a.pdf', '00000000-0000-4000-8000-000000000000'), { as: citizen });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).errors)).toEqual(['supplementRequestId']);
  });
});
