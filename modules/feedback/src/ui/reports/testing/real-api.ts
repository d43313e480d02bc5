import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RealApi {
  origin: string;
  /** Reports in the database with this code (test-only route of the process). */
  reportCount(code: string): Promise<number>;
  stop(): Promise<void>;
}

// Strings, not `new URL(…)`: under happy-dom the global URL is not the one node:url accepts.
const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'real-api-process.ts');
const packageDir = path.resolve(here, '../../../..');

/** Starts the real feedback API (migrated and seeded) in a child process; `tokens` map to claims. */
export function startRealApi(tokens: Record<string, Record<string, unknown>>): Promise<RealApi> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: packageDir,
    env: { ...process.env, TEST_TOKENS: JSON.stringify(tokens) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never outlive the test run, even when it is interrupted.
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the feedback API process ended (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        async reportCount(code) {
          // node's own fetch is gone under happy-dom; its fetch works for a plain GET.
          const response = await fetch(`${origin}/__test/report-count?code=${encodeURIComponent(code)}`);
          return ((await response.json()) as { count: number }).count;
        },
        stop: () =>
          new Promise((done) => {
            process.off('exit', killChild);
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
