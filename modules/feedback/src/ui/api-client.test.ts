// @vitest-environment happy-dom
import { createSessionFetch } from '@portal/shared-ui';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, FeedbackClient, sendWithProgress } from './api-client.js';
import { startFakeFeedbackServer, type FakeFeedbackServer } from './reports/testing/fake-feedback-server.js';
import { setOrigin } from './reports/testing/render-app.js';

let server: FakeFeedbackServer;

beforeAll(async () => {
  server = await startFakeFeedbackServer();
  setOrigin(server.origin);
});

afterAll(async () => {
  await server?.close();
});

describe('feedback API client', () => {
  it('uploads through the session (bearer token) with XMLHttpRequest, and restores the global fetch', async () => {
    const sessionFetch = createSessionFetch(async () => 'token-of-an');
    const progress: Array<[number, number]> = [];
    const form = new FormData();
    form.append('report', JSON.stringify({ categoryId: 'street-lighting' }));
    form.append('photos', new File([new Uint8Array(300_000)], 'big.jpg', { type: 'image/jpeg' }));
    const before = globalThis.fetch;

    const response = await sendWithProgress(sessionFetch, '/api/feedback/reports', form, { 'idempotency-key': 'key-progress-1' }, (sent, total) =>
      progress.push([sent, total]),
    );

    expect(response.status).toBe(201);
    expect(((await response.json()) as { code: string }).code).toMatch(/^PA-2026-\d{6}$/);
    expect(server.received.at(-1)).toMatchObject({ authorization: 'Bearer token-of-an', idempotencyKey: 'key-progress-1' });
    expect(server.received.at(-1)!.photos[0]!.size).toBe(300_000);
    // The global fetch the session delegates to is given back untouched.
    expect(globalThis.fetch).toBe(before);
    // happy-dom sends no upload progress events; the bar is seen in the browser journeys.
    for (const [sent, total] of progress) expect(sent).toBeLessThanOrEqual(total);
  });

  it('turns problem+json answers into ApiProblem with field errors and the problem type', async () => {
    const client = new FeedbackClient(createSessionFetch(async () => 'token-of-an'));
    const outside = await client.place(10.77, 106.7);
    expect(outside.place).toBeNull();
    expect(outside.outside).toBeInstanceOf(ApiProblem);
    expect(outside.outside).toMatchObject({ status: 422, type: '/problems/outside-province', isPermanent: true });

    const missing = await client.report('PA-2026-999999').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiProblem);
    expect((missing as ApiProblem).status).toBe(404);
  });
});
