import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Caller } from '@portal/module-kit';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { business, business2, citizen, helpers, jsonInit, officer, pngBytes, startDossiersApi, uploadForm, type Helpers } from './test-fixtures.js';

/**
 * The e2e journey of issue 5 through the API: a business submits, the one-stop desk receives it and asks
 * for more, the business answers, the desk approves, issues the result and confirms the fee, the business
 * downloads the PDF and the public verification knows its code. A citizen cannot open the dossier.
 */

let api: ModuleApiHarness;
let h: Helpers;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
});
afterAll(() => api.close());

const url = (id: string, rest = '') => `/api/procedures/dossiers/${id}${rest}`;

describe('from draft to downloaded result', () => {
  it('goes through the desk and back to the applicant side', async () => {
    const id = await h.ready(business);
    expect((await h.submit(business, id)).status).toBe(201);

    const office = async (action: string, body: Record<string, unknown> = {}, as: Caller = officer) => {
      const { version } = await h.row(id);
      const res = await api.request(`/api/procedures/office/dossiers/${id}/${action}`, jsonInit('POST', { ...body, version }), { as });
      expect(res.status, `${action}: ${await res.clone().text()}`).toBe(200);
      return res.json();
    };
    await office('receive');
    const asked = await office('request-supplement', { reason: 'Bổ sung ảnh chụp mặt tiền địa điểm kinh doanh.', documentIds: [] });
    expect(asked.status).toBe('awaiting_supplement');

    const applicantView = await (await api.request(url(id), {}, { as: business2 })).json();
    expect(applicantView.can.applicant).toEqual(['attach', 'supplement']);
    const requestId = applicantView.supplementRequests[0].id;
    expect((await api.request(url(id, '/files'), uploadForm('supplement', pngBytes(), 'mat-tien.png', requestId), { as: business2 })).status).toBe(201);
    const answered = await api.request(url(id, '/supplement'), jsonInit('POST', { version: applicantView.version }), { as: business2 });
    expect(answered.status).toBe(200);
    expect((await answered.json()).status).toBe('processing');

    await office('approve');
    const issued = await office('issue-result');
    expect(issued.status).toBe('result_issued');
    // The fee is still due: the applicant sees the result exists, not the PDF.
    expect((await api.request(url(id, '/result.pdf'), {}, { as: business })).status).toBe(409);
    await office('confirm-payment', { reference: 'BL-0001234' });

    const download = await api.request(url(id, '/result.pdf'), {}, { as: business });
    expect(download.status).toBe(200);
    const pdf = new Uint8Array(await download.arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');

    const { result } = await (await api.request(url(id), {}, { as: business })).json();
    const verification = await api.request(`/api/procedures/verify/${result.verificationCode}`);
    expect(verification.status).toBe(200);
    expect(await verification.json()).toMatchObject({ valid: true, sha256: createHash('sha256').update(pdf).digest('hex') });

    for (const path of [url(id), url(id, '/result.pdf')]) expect((await api.request(path, {}, { as: citizen })).status).toBe(404);
  });
});
