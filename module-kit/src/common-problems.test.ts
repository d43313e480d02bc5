import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fieldProblem, invalidFields, localizedForbidden, localizedNotFound, malformedMultipart, notMultipart } from './common-problems.js';
import { problemErrorHandler, type ProblemError } from './problem.js';

/** What a client receives when a route throws `problem`. */
async function answerTo(problem: ProblemError) {
  const app = new Hono();
  app.onError(problemErrorHandler());
  app.get('/', () => {
    throw problem;
  });
  const res = await app.request('/');
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: await res.json() };
}

describe('the problems every module answers alike', () => {
  it('puts messages per field under errors, in the caller\'s language', async () => {
    const many = await answerTo(invalidFields({ fullName: ['Bắt buộc.'], capital: ['Phải là số.'] }, 'vi'));
    expect(many.status).toBe(400);
    expect(many.body).toMatchObject({ type: '/problems/validation-error', title: 'Yêu cầu không hợp lệ', errors: { fullName: ['Bắt buộc.'], capital: ['Phải là số.'] } });
    const one = await answerTo(fieldProblem('cursor', { vi: 'Con trỏ không hợp lệ.', en: 'Bad cursor.' }, 'en'));
    expect(one.body).toEqual({
      type: '/problems/validation-error',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields are not valid; see "errors" for each field.',
      errors: { cursor: ['Bad cursor.'] },
    });
  });

  it('names what was not found, with the headers given, and who may act instead', async () => {
    const missing = await answerTo(
      localizedNotFound({ vi: 'Không có mẫu', en: 'No template' }, { vi: 'Thủ tục không có mẫu này.', en: 'No such template.' }, 'en', { 'Cache-Control': 'private, no-store' }),
    );
    expect(missing).toEqual({
      status: 404,
      cacheControl: 'private, no-store',
      body: { type: '/problems/not-found', title: 'No template', status: 404, detail: 'No such template.' },
    });
    const refused = await answerTo(localizedForbidden({ vi: 'Chỉ cán bộ đơn vị xử lý.', en: 'Only the handling unit.' }, 'vi'));
    expect(refused.body).toMatchObject({ type: '/problems/forbidden', title: 'Không có quyền', status: 403, detail: 'Chỉ cán bộ đơn vị xử lý.' });
  });

  it('tells an uploader what to send instead of a body it cannot use', async () => {
    const json = await answerTo(notMultipart('application/json', 'vi'));
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ type: '/problems/unsupported-media-type', detail: 'Hãy gửi dạng multipart/form-data (nhận được "application/json").' });
    expect((await answerTo(notMultipart('', 'en'))).body.detail).toBe('Send the body as multipart/form-data (got "no content type").');
    const broken = await answerTo(malformedMultipart('en'));
    expect(broken.status).toBe(400);
    expect(broken.body.type).toBe('/problems/malformed-multipart');
  });
});
