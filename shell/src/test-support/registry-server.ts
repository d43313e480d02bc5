import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegistryEntry } from '@portal/module-kit';

export interface RegistryServer {
  origin: string;
  /** What GET /api/modules answers next: the list, or an HTTP status to fail with. */
  modules: RegistryEntry[] | number;
  requests: string[];
  /** The Authorization header of each GET /api/modules ('' when none). */
  authorizations: string[];
  /** Extra modules listed only to a caller sending `Authorization: Bearer <key>`. */
  modulesForToken: Record<string, RegistryEntry[]>;
  close(): Promise<void>;
}

/** A real HTTP server answering the gateway's registry routes, for the shell to fetch from. */
export async function startRegistryServer(modules: RegistryEntry[]): Promise<RegistryServer> {
  const state = {
    modules: modules as RegistryEntry[] | number,
    requests: [] as string[],
    authorizations: [] as string[],
    modulesForToken: {} as Record<string, RegistryEntry[]>,
  };
  let port = 0;
  const server: Server = createServer((request, response) => {
    state.requests.push(request.url ?? '');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/api/modules') {
      const authorization = request.headers.authorization ?? '';
      state.authorizations.push(authorization);
      const extra = state.modulesForToken[authorization.replace(/^Bearer /, '')] ?? [];
      if (typeof state.modules === 'number') json(state.modules, { title: 'Unavailable', status: state.modules });
      else json(200, { modules: [...state.modules, ...extra] });
    } else if (request.url === '/api/portal') {
      json(200, {
        name: { vi: 'Cổng Thử Nghiệm', en: 'Test Portal' },
        province: { vi: 'Tỉnh Thử', en: 'Test Province' },
        auth: { url: `http://127.0.0.1:${port}`, realm: 'portal', clientId: 'shell' },
      });
    } else {
      json(404, { title: 'Not Found', status: 404 });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    get modules() {
      return state.modules;
    },
    set modules(value) {
      state.modules = value;
    },
    requests: state.requests,
    authorizations: state.authorizations,
    modulesForToken: state.modulesForToken,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function registryEntry(id: string, names: { vi: string; en: string }, icon = 'grid'): RegistryEntry {
  return {
    id,
    version: '1.0.0',
    names,
    icon,
    order: 10,
    remote: { name: `portal_${id.replace(/-/g, '_')}`, entry: `/m/${id}/1.0.0/mf-manifest.json` },
  };
}
