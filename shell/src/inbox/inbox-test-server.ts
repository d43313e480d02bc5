import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegistryEntry } from '@portal/module-kit';
import type { InboxNotification } from './inbox-api.js';

export interface InboxTestServer {
  origin: string;
  /** The signed-in user's notifications, newest first. */
  notifications: InboxNotification[];
  modules: RegistryEntry[];
  /** "METHOD /path?query Authorization" of every notifications request. */
  requests: string[];
  /** Paths (without query) that answer with this status next, once each. */
  failures: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A real HTTP server answering the gateway routes the inbox uses (the contract of
 * GET /api/notifications and friends) for one user whose bearer token is `token`, plus the
 * registry routes every shell page asks for. Anonymous or other tokens get 401.
 */
export async function startInboxServer(token: string): Promise<InboxTestServer> {
  const state = {
    notifications: [] as InboxNotification[],
    modules: [] as RegistryEntry[],
    requests: [] as string[],
    failures: new Map<string, number>(),
  };
  let port = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const send = (status: number, body?: unknown) => {
      response.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (url.pathname === '/api/modules') return send(200, { modules: state.modules });
    if (url.pathname === '/api/portal') {
      return send(200, {
        name: { vi: 'Cổng Thử Nghiệm', en: 'Test Portal' },
        province: { vi: 'Tỉnh Thử', en: 'Test Province' },
        auth: { url: `http://127.0.0.1:${port}`, realm: 'portal', clientId: 'shell' },
      });
    }
    if (!url.pathname.startsWith('/api/notifications')) return send(404, { title: 'Not Found', status: 404 });

    state.requests.push(`${request.method} ${url.pathname}${url.search} ${request.headers.authorization ?? ''}`.trim());
    const failure = state.failures.get(url.pathname);
    if (failure) {
      state.failures.delete(url.pathname);
      return send(failure, { title: 'Failure', status: failure });
    }
    if (request.headers.authorization !== `Bearer ${token}`) return send(401, { title: 'Unauthorized', status: 401 });
    const unread = () => state.notifications.filter((item) => item.readAt === null).length;
    const now = () => new Date().toISOString();

    if (request.method === 'GET' && url.pathname === '/api/notifications/unread-count') return send(200, { unread: unread() });
    if (request.method === 'POST' && url.pathname === '/api/notifications/read-all') {
      state.notifications = state.notifications.map((item) => ({ ...item, readAt: item.readAt ?? now() }));
      return send(204);
    }
    const markRead = /^\/api\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (request.method === 'POST' && markRead) {
      const id = decodeURIComponent(markRead[1]!);
      const item = state.notifications.find((candidate) => candidate.id === id);
      if (!item) return send(404, { title: 'Not Found', status: 404 });
      item.readAt ??= now();
      return send(204);
    }
    if (request.method === 'GET' && url.pathname === '/api/notifications') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) return send(400, { title: 'Bad Request', status: 400 });
      // The cursor is the id of the last item of the previous page.
      const before = url.searchParams.get('before');
      const start = before ? state.notifications.findIndex((item) => item.id === before) + 1 : 0;
      const items = state.notifications.slice(start, start + limit);
      const more = start + limit < state.notifications.length;
      return send(200, { items, nextCursor: more ? items.at(-1)!.id : null, unread: unread() });
    }
    return send(404, { title: 'Not Found', status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    get notifications() {
      return state.notifications;
    },
    set notifications(value) {
      state.notifications = value;
    },
    get modules() {
      return state.modules;
    },
    set modules(value) {
      state.modules = value;
    },
    requests: state.requests,
    failures: state.failures,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A notification created `minutesAgo` minutes ago, unread unless `read`. */
export function notification(
  id: string,
  minutesAgo: number,
  text: { vi: string; en: string },
  extra: { body?: { vi: string; en: string }; link?: string; read?: boolean } = {},
): InboxNotification {
  const createdAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return {
    id,
    title: text,
    ...(extra.body && { body: extra.body }),
    ...(extra.link && { link: extra.link }),
    createdAt,
    readAt: extra.read ? createdAt : null,
  };
}
