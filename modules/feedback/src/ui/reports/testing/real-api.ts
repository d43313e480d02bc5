import { startModuleApiProcess, type ModuleApiProcess } from '@portal/module-kit/testing/process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RealApi extends ModuleApiProcess {
  /** Reports in the database with this code (test-only route of the process). */
  reportCount(code: string): Promise<number>;
}

// Strings, not `new URL(…)`: under happy-dom the global URL is not the one node:url accepts.
const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts the real feedback API (migrated and seeded) in a child process; `tokens` map to claims. */
export async function startRealApi(tokens: Record<string, Record<string, unknown>>): Promise<RealApi> {
  const api = await startModuleApiProcess({
    script: path.join(here, 'real-api-process.ts'),
    cwd: path.resolve(here, '../../../..'),
    label: 'feedback',
    tokens,
  });
  return {
    ...api,
    async reportCount(code) {
      // node's own fetch is gone under happy-dom; its fetch works for a plain GET.
      const response = await fetch(`${api.origin}/__test/report-count?code=${encodeURIComponent(code)}`);
      return ((await response.json()) as { count: number }).count;
    },
  };
}
