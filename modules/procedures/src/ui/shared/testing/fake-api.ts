/**
 * A fake of /api/procedures for UI tests: routes answer from handlers, and every request is recorded
 * (method, path, query, headers, JSON or form body) so a test asserts what the UI sent.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  json: unknown;
  form: FormData | null;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const problem = (status: number, type: string, title: string, extra: Record<string, unknown> = {}) => json({ type, title, status, ...extra }, status);

export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: string; pattern: RegExp; handler: Handler }[] = [];

  /** Answers `method` on paths (after /api/procedures) matching `pattern`; later routes win. */
  on(method: string, pattern: RegExp | string, handler: Handler): this {
    const regex = typeof pattern === 'string' ? new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : pattern;
    this.routes.unshift({ method, pattern: regex, handler });
    return this;
  }

  /** The requests to a path, in order. */
  sent(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://portal.test');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/procedures/, '');
    const body = init.body;
    const request: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers: new Headers(init.headers),
      json: typeof body === 'string' ? (JSON.parse(body) as unknown) : undefined,
      form: body instanceof FormData ? body : null,
    };
    this.requests.push(request);
    const route = this.routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
    if (!route) return problem(404, '/problems/not-found', `No fake route for ${method} ${path}`);
    return route.handler(request);
  };
}
