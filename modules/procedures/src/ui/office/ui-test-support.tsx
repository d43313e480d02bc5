import type { Caller } from '@portal/module-kit';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { SessionProvider, type Role, type Session } from '@portal/shared-ui';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../i18n/index.js';

/*
 * Test support for the desk and public pages: a fake network (the session's fetch answers from
 * handlers by method and path, and records every request with its JSON body) and a router at the
 * module's base path, as the shell mounts it. The pages run unchanged: only fetch is a stand-in.
 */

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Handler = (request: SentRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export class FakeApi {
  readonly sent: SentRequest[] = [];
  private readonly handlers: { method: string; path: string | RegExp; handler: Handler }[] = [];

  /** Answers `method path` with the handler, or with this JSON body (the newest matching handler wins). */
  on(method: string, path: string | RegExp, handler: Handler | Record<string, unknown> | readonly unknown[]): this {
    this.handlers.unshift({ method, path, handler: typeof handler === 'function' ? (handler as Handler) : () => json(handler) });
    return this;
  }

  /** The requests that matched a method and path (path without the query). */
  calls(method: string, path: string | RegExp): SentRequest[] {
    return this.sent.filter((request) => request.method === method && matches(path, request.path));
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://portal.test');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: SentRequest = { method, path: url.pathname, query: url.searchParams, body, headers: new Headers(init.headers) };
    this.sent.push(request);
    const found = this.handlers.find((candidate) => candidate.method === method && matches(candidate.path, url.pathname));
    if (!found) return json({ type: '/problems/not-found', title: 'Not found', status: 404 }, 404);
    return found.handler(request);
  };
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

export interface TestPerson {
  sub: string;
  name: string;
  roles: Role[];
  units?: string[];
}

export function sessionFor(person: TestPerson | null, api: FakeApi): Session {
  const base = { fetch: api.fetch, signIn: async () => {}, signOut: async () => {} };
  if (!person) return { status: 'anonymous', ...base };
  return { status: 'authenticated', user: { sub: person.sub, name: person.name, roles: person.roles, units: person.units ?? [] }, ...base };
}

/** Renders `element` at `path` under /m/procedures, with the route pattern the module's App gives it. */
export function renderPage(element: ReactElement, { path, route, session }: { path: string; route: string; session: Session }) {
  return render(
    <SessionProvider session={session}>
      <MemoryRouter initialEntries={[`/m/procedures/${path}`]}>
        <Routes>
          <Route path={`/m/procedures/${route}`} element={element} />
          <Route path="*" element={<p>other page</p>} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}

/**
 * A session whose fetch hands each request in-process to a real module API (startModuleApi) as `caller`,
 * or anonymously when `caller` is null.
 */
export function harnessSession(api: ModuleApiHarness, caller: Caller | null): Session {
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://portal.test');
    return api.request(`${url.pathname}${url.search}`, init, caller ? { as: caller } : {});
  };
  const base = { fetch, signIn: async () => {}, signOut: async () => {} };
  if (!caller) return { status: 'anonymous', ...base };
  return { status: 'authenticated', user: { sub: caller.sub, name: caller.name ?? '', roles: [...caller.roles], units: [...caller.units] }, ...base };
}
