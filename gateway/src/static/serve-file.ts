import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Context } from 'hono';
import { FileCache, preferredEncoding } from './file-cache.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

/** Files whose name stays the same while their content changes: browsers must revalidate them. */
const ALWAYS_REVALIDATE = new Set(['remoteEntry.js', 'sw.js', 'mf-manifest.json', 'mf-stats.json', 'index.html']);
const REVALIDATE_TYPES = new Set(['.html', '.json', '.webmanifest']);
/** A hex hash of 8+ characters as one dot/dash/underscore-separated part of the name, e.g. main.3f2a9b1c.js. */
const HASHED_NAME = /(?:^|[._-])[0-9a-f]{8,}(?=[._-])/i;

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Content-hashed assets are cached for a year; anything whose name outlives its content is revalidated. */
export function cacheControlOf(path: string): string {
  const name = basename(path);
  if (ALWAYS_REVALIDATE.has(name) || REVALIDATE_TYPES.has(extname(name).toLowerCase())) return NO_CACHE;
  return HASHED_NAME.test(name) ? IMMUTABLE : NO_CACHE;
}

const files = new FileCache();

/**
 * Answers with a file (content type, cache policy, a validator for conditional requests, brotli or gzip
 * when accepted, from memory), or returns undefined when there is no regular file at `path`.
 */
export async function serveFile(c: Context, path: string, cacheControl = cacheControlOf(path)): Promise<Response | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const contentType = contentTypeOf(path);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
  };
  if (c.req.header('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const { body, encoding } = await files.read(path, info, contentType, preferredEncoding(c.req.header('accept-encoding')));
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Vary'] = 'Accept-Encoding';
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'Content-Length': String(body.byteLength) },
  });
}
