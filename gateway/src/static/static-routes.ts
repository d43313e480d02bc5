import { join } from 'node:path';
import type { Context, Handler } from 'hono';
import { notFoundProblem, problemResponse, problemTypes } from '@portal/module-kit';
import { isModuleId, isVersion, type RemoteStore } from '../remotes/remote-store.js';
import { decodePathSegments, safeJoin } from './safe-path.js';
import { NO_CACHE, serveFile } from './serve-file.js';

/**
 * GET/HEAD of everything outside /api:
 * - /m/<id>/<version>/<path with a dot in its last segment>: a file of a stored remote build;
 * - any other path whose last segment has a dot: a file of the shell build (/static/…, /sw.js, …);
 * - anything else: the shell's index.html, so client routes like /m/hotlines survive a reload.
 */
export function staticFiles(options: { shellDist: string; store: RemoteStore }): Handler {
  return async (c) => {
    const pathname = new URL(c.req.url).pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return notFoundProblem(c);
    const segments = decodePathSegments(pathname);
    if (!segments) return notFound('The path is not validly percent-encoded.');
    const last = segments.at(-1) ?? '';
    if (!last.includes('.')) return shellIndex(c, options.shellDist);
    if (segments[0] === 'm' && segments.length >= 4) return remoteAsset(c, options.store, segments);
    const path = safeJoin(options.shellDist, segments);
    return (path && (await serveFile(c, path))) || notFound(`No file at ${pathname}.`);
  };
}

async function remoteAsset(c: Context, store: RemoteStore, segments: string[]): Promise<Response> {
  const [, id, version, ...rest] = segments as [string, string, string, ...string[]];
  if (!isModuleId(id) || !(await store.hasModule(id))) return notFound(`Unknown module "${id}".`);
  if (!isVersion(version)) return notFound(`"${version}" is not a module version (expected semver such as 0.1.0).`);
  if (!(await store.hasVersion(id, version))) return notFound(`Module "${id}" has no published version ${version}.`);
  const path = store.assetPath(id, version, rest);
  const response = path && (await serveFile(c, path));
  return response || notFound(`Version ${version} of "${id}" has no file ${rest.join('/')}.`);
}

async function shellIndex(c: Context, shellDist: string): Promise<Response> {
  const response = await serveFile(c, join(shellDist, 'index.html'), NO_CACHE);
  if (response) return response;
  return problemResponse({
    type: '/problems/shell-not-built',
    title: 'Shell not built',
    status: 503,
    detail: 'The portal shell has not been built yet; the operator should run "pnpm build" or set SHELL_DIST.',
  });
}

function notFound(detail: string): Response {
  return problemResponse({ type: problemTypes.notFound, title: 'Not found', status: 404, detail });
}
