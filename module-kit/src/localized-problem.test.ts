import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { localizedProblem, preferredLanguage } from './localized-problem.js';
import { problemErrorHandler } from './problem.js';

function app() {
  const hono = new Hono();
  hono.onError(problemErrorHandler());
  hono.get('/dossier', (c) => {
    throw localizedProblem(
      404,
      '/problems/not-found',
      { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
      { vi: 'Không có hồ sơ này.', en: 'There is no such dossier.' },
      preferredLanguage(c),
      { errors: { code: ['?'] } },
      { 'Cache-Control': 'private, no-store' },
    );
  });
  return hono;
}

describe('localizedProblem with preferredLanguage', () => {
  it('answers in Vietnamese by default, with the extra members and headers', async () => {
    const res = await app().request('/dossier');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toEqual({
      type: '/problems/not-found',
      title: 'Không tìm thấy hồ sơ',
      status: 404,
      detail: 'Không có hồ sơ này.',
      errors: { code: ['?'] },
    });
  });

  it('answers in English when the first preferred language is English', async () => {
    const english = await app().request('/dossier', { headers: { 'accept-language': 'en-GB,vi;q=0.8' } });
    expect(await english.json()).toMatchObject({ title: 'Dossier not found', detail: 'There is no such dossier.' });
    const vietnamese = await app().request('/dossier', { headers: { 'accept-language': 'vi,en;q=0.8' } });
    expect(await vietnamese.json()).toMatchObject({ title: 'Không tìm thấy hồ sơ' });
  });
});
