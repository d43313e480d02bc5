import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface StatsChunk {
  id: string | number;
  files?: string[];
  names?: string[];
  children?: (string | number)[];
  modules?: { name?: string; size?: number }[];
  origins?: { moduleName?: string }[];
}

interface Stats {
  chunks?: StatsChunk[];
  entrypoints?: Record<string, { chunks: (string | number)[] }>;
}

export interface FirstLoadReport {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  /** Module names in the first-load chunks (to see what entered the budget). */
  modules: string[];
}

// A chunk loaded only as a consume-shared fallback is never fetched by the shell: the shell
// provides every shared package itself, so the share scope always has it.
function isFallbackOnly(chunk: StatsChunk): boolean {
  const origins = chunk.origins ?? [];
  return origins.length > 0 && origins.every((origin) => origin.moduleName?.startsWith('consume shared module'));
}

// The entry's `import('./bootstrap')`: chunks loaded from there are part of every page load.
const ASYNC_BOUNDARY = './src/index.ts';

// A chunk that app code loads with `import()` on demand (the auth chunk: keycloak-js and the
// profile page) is not fetched by an anonymous first visit.
function isOnDemand(chunk: StatsChunk): boolean {
  const origins = chunk.origins ?? [];
  return (
    origins.length > 0 &&
    origins.every((origin) => origin.moduleName?.startsWith('./src/') === true && origin.moduleName !== ASYNC_BOUNDARY)
  );
}

/**
 * The JavaScript the home page needs: the `main` entrypoint's chunks and every chunk reachable
 * from them (the async bootstrap and the shared singletons it provides), less fallback-only and
 * on-demand chunks. This is what an anonymous first visit downloads before the home grid renders
 * (checked against the scripts Chromium fetched: same files).
 */
export function firstLoadReport(distDir: string, statsFile = path.join(distDir, '..', 'build-stats', 'stats.json')): FirstLoadReport {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const chunks = new Map((stats.chunks ?? []).map((chunk) => [String(chunk.id), chunk]));
  const pending = (stats.entrypoints?.main?.chunks ?? []).map(String);
  const reached = new Set<string>();
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(chunks.get(id)?.children ?? []).map(String));
  }
  const reachedChunks = [...reached]
    .map((id) => chunks.get(id))
    .filter((chunk): chunk is StatsChunk => chunk !== undefined && !isFallbackOnly(chunk) && !isOnDemand(chunk));
  const files = [...new Set(reachedChunks.flatMap((chunk) => chunk.files ?? []))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(path.join(distDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    modules: reachedChunks.flatMap((chunk) => (chunk.modules ?? []).map((module) => module.name ?? '')).filter(Boolean),
  };
}
