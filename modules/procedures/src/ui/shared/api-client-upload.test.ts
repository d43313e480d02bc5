// @vitest-environment happy-dom
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOrigin } from '@portal/shared-ui/testing';
import { ApiProblem, ProceduresClient } from './api-client.js';

/*
 * The upload with progress (XMLHttpRequest) against a real local HTTP server: what it sends, how it is
 * cancelled, how a refusal reads. happy-dom's XMLHttpRequest sends for real but reports no upload
 * progress, so the percentages themselves are only seen in a browser.
 */

type Seen = { authorization?: string; contentType?: string; body: string; aborted: boolean };
const seen: Seen[] = [];
let server: Server;
let origin: string;

const read = (request: IncomingMessage, into: Seen) =>
  new Promise<void>((resolve) => {
    request.on('data', (chunk: Buffer) => (into.body += chunk.toString('latin1')));
    request.on('end', resolve);
    request.on('close', resolve);
  });

beforeAll(async () => {
  server = createServer((request, response) => {
    const entry: Seen = { authorization: request.headers.authorization, contentType: request.headers['content-type'], body: '', aborted: false };
    seen.push(entry);
    const dossier = request.url?.split('/')[4];
    // "hold": never answers, like a slow network mid-upload; "refuse": the API's problem for a renamed PNG.
    if (dossier === 'hold') return void request.on('close', () => (entry.aborted = true));
    void read(request, entry).then(() => {
      if (dossier === 'refuse') {
        response.writeHead(415, { 'content-type': 'application/problem+json' });
        response.end(JSON.stringify({ type: '/problems/upload-mismatched-extension', title: 'Tệp không được chấp nhận', status: 415, detail: 'Tên tệp có đuôi .pdf nhưng nội dung là PNG.' }));
        return;
      }
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'f-1', fileName: 'to-khai.pdf' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setOrigin(origin, '/m/procedures/dossiers/d-1');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'to-khai.pdf', { type: 'application/pdf' });
const neverFetch = () => Promise.reject(new Error('the upload must go through XMLHttpRequest'));
const client = (token?: string) => new ProceduresClient(neverFetch, 'vi', async () => token);

describe('uploading a file with progress', () => {
  it('posts the form with the bearer token and the language, and answers the attachment', async () => {
    const attachment = await client('token-an').uploadFile('d-1', 'giay-de-nghi', pdf(), { supplementRequestId: 'req-1' });
    expect(attachment).toEqual({ id: 'f-1', fileName: 'to-khai.pdf' });
    const request = seen.at(-1)!;
    expect(request.authorization).toBe('Bearer token-an');
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
    for (const part of ['name="documentId"', 'giay-de-nghi', 'name="supplementRequestId"', 'req-1', 'filename="to-khai.pdf"', '%PDF-1.4']) {
      expect(request.body).toContain(part);
    }
  });

  it('sends no token when the visitor is anonymous', async () => {
    await client(undefined).uploadFile('d-1', 'giay-de-nghi', pdf());
    expect(seen.at(-1)!.authorization).toBeUndefined();
  });

  it('turns a refusal into the same ApiProblem as every other call', async () => {
    const failure = await client('token-an').uploadFile('refuse', 'giay-de-nghi', pdf()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ status: 415, type: '/problems/upload-mismatched-extension', detail: 'Tên tệp có đuôi .pdf nhưng nội dung là PNG.' });
  });

  it('stops an upload on its way when its signal is aborted (Cancel), and never starts an already cancelled one', async () => {
    const controller = new AbortController();
    const before = seen.length;
    const upload = client('token-an').uploadFile('hold', 'giay-de-nghi', pdf(), { signal: controller.signal });
    await expect.poll(() => seen.length).toBe(before + 1); // the server is receiving it
    controller.abort();
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => seen[before]!.aborted).toBe(true); // the connection was dropped

    const cancelled = client('token-an').uploadFile('d-1', 'giay-de-nghi', pdf(), { signal: AbortSignal.abort() });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBe(before + 1);
  });
});
