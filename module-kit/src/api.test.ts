import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createModuleApi } from './api.js';
import { PROBLEM_CONTENT_TYPE, ProblemError } from './problem.js';

function notesApi() {
  const api = createModuleApi();
  const stored: string[] = [];
  api.openapi(
    createRoute({
      method: 'post',
      path: '/notes',
      request: {
        body: { content: { 'application/json': { schema: z.object({ body: z.string().min(3), priority: z.number().int().min(1).max(5) }) } } },
      },
      responses: { 201: { description: 'created' } },
    }),
    (c) => {
      stored.push(c.req.valid('json').body);
      return c.body(null, 201);
    },
  );
  api.get('/conflict', () => {
    throw ProblemError.conflict('The note was already archived.');
  });
  api.get('/boom', () => {
    throw new Error('secret connection string postgres://u:p@host');
  });
  return { api, stored };
}

const post = (body: string, type = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': type },
  body,
});

describe('createModuleApi', () => {
  it('answers invalid fields with 400 problem+json naming each field, and stores nothing', async () => {
    const { api, stored } = notesApi();
    const res = await api.request('/notes', post(JSON.stringify({ body: 'x', priority: 9 })));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, type: '/problems/validation-error' });
    expect(Object.keys(problem.errors).sort()).toEqual(['body', 'priority']);
    expect(stored).toEqual([]);
  });

  it('answers malformed JSON with 400 and a plain explanation', async () => {
    const { api, stored } = notesApi();
    const res = await api.request('/notes', post('{"body": "abc",'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: '/problems/malformed-json', detail: 'The request body is not valid JSON.' });
    expect(stored).toEqual([]);
  });

  it('answers a non-JSON body with 415 saying what to send', async () => {
    const { api } = notesApi();
    const res = await api.request('/notes', post('body=abc', 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(415);
    expect((await res.json()).detail).toMatch(/application\/json/);
  });

  it('accepts a valid body', async () => {
    const { api, stored } = notesApi();
    const res = await api.request('/notes', post(JSON.stringify({ body: 'Đèn đường hỏng', priority: 2 })));
    expect(res.status).toBe(201);
    expect(stored).toEqual(['Đèn đường hỏng']);
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const res = await notesApi().api.request('/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, type: '/problems/not-found' });
  });

  it('passes a thrown ProblemError through and hides unexpected errors behind a 500', async () => {
    const { api } = notesApi();
    expect((await (await api.request('/conflict')).json()).status).toBe(409);
    const res = await api.request('/boom');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/postgres:\/\//);
  });
});
