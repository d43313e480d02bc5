import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Below this size compression saves less than the header costs. */
const MIN_COMPRESS_BYTES = 1024;

interface Entry {
  size: number;
  mtimeMs: number;
  raw: Promise<Buffer>;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
  bytes: number;
}

/**
 * The static files the gateway serves (the shell, stored remotes), kept in memory with each compressed
 * variant made once, off the event loop, at best quality: a busy portal then serves them as a CDN
 * would, without reading or compressing a file per request. An entry is reused only while the file's
 * size and modification time are unchanged; the least recently used go first beyond `maxBytes`.
 */
export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  async read(path: string, info: Stats, contentType: string, accepted: Encoding | undefined): Promise<{ body: Buffer; encoding?: Encoding }> {
    const entry = this.entry(path, info);
    if (!accepted || info.size < MIN_COMPRESS_BYTES || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(contentType)) {
      return { body: await entry.raw };
    }
    entry.encoded[accepted] ??= entry.raw.then((raw) => compress(raw, accepted)).then((body) => {
      this.account(entry, body.length);
      return body;
    });
    return { body: await entry.encoded[accepted]!, encoding: accepted };
  }

  private entry(path: string, info: Stats): Entry {
    const cached = this.entries.get(path);
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
      this.entries.delete(path); // re-insert: Map order is the recency order
      this.entries.set(path, cached);
      return cached;
    }
    if (cached) this.remove(path, cached);
    const entry: Entry = { size: info.size, mtimeMs: info.mtimeMs, raw: readFile(path), encoded: {}, bytes: 0 };
    entry.raw.catch(() => this.remove(path, entry));
    this.entries.set(path, entry);
    this.account(entry, info.size);
    return entry;
  }

  private account(entry: Entry, bytes: number): void {
    entry.bytes += bytes;
    this.totalBytes += bytes;
    for (const [path, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes || oldest === entry) break;
      this.remove(path, oldest);
    }
  }

  private remove(path: string, entry: Entry): void {
    if (this.entries.get(path) !== entry) return;
    this.entries.delete(path);
    this.totalBytes -= entry.bytes;
  }
}

function compress(raw: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(raw, { level: 9 });
  return brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });
}

/** The best encoding the client accepts: brotli, then gzip (a q=0 refuses one). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if ((accepted.get(encoding) ?? wildcard) > 0) return encoding;
  }
  return undefined;
}
