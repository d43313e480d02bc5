import { describe, expect, it } from 'vitest';
import { ApiProblem, isNetworkError, problemFrom, problemMessage } from './api-problem.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

describe('problemFrom', () => {
  it('reads a problem+json answer with its field errors and Retry-After', async () => {
    const problem = await problemFrom(
      json(
        429,
        { type: '/problems/too-many', title: 'Quá nhiều yêu cầu', detail: 'Thử lại sau.', errors: { reason: ['Bắt buộc'] }, allowed: ['accept'] },
        { 'retry-after': '30' },
      ),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 429, type: '/problems/too-many', title: 'Quá nhiều yêu cầu', detail: 'Thử lại sau.', retryAfter: 30 });
    expect(problem.errors).toEqual({ reason: ['Bắt buộc'] });
    expect(problem.body.allowed).toEqual(['accept']);
    expect(problem.message).toBe('Thử lại sau.');
    expect(problem.isPermanent).toBe(false);
  });

  it('keeps the status of an answer that is not JSON', async () => {
    const problem = await problemFrom(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(problem).toMatchObject({ status: 502, type: 'about:blank', title: 'HTTP 502', detail: undefined, retryAfter: null });
    expect(problem.errors).toEqual({});
    expect(problem.isPermanent).toBe(false);
  });

  it('ignores errors that are not lists of messages', async () => {
    const problem = await problemFrom(json(422, { title: 'Sai', errors: { reason: 'Bắt buộc' } }));
    expect(problem.errors).toEqual({});
    expect(problem.isPermanent).toBe(true);
  });
});

describe('problemMessage', () => {
  it('shows the detail, the title, or the network text', () => {
    expect(problemMessage(new ApiProblem(409, 't', 'Xung đột', 'Hồ sơ đã thay đổi.', {}, {}), 'Mất mạng')).toBe('Hồ sơ đã thay đổi.');
    expect(problemMessage(new ApiProblem(409, 't', 'Xung đột', undefined, {}, {}), 'Mất mạng')).toBe('Xung đột');
    expect(problemMessage(new TypeError('Failed to fetch'), 'Mất mạng')).toBe('Mất mạng');
    expect(isNetworkError(new Error('x'))).toBe(false);
  });
});
