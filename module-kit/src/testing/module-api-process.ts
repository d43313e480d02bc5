/*
 * The test side of a module's real API in a child process (see serve-module-api.ts). Only node
 * built-ins here: UI tests import it under happy-dom, where the server code must not load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ModuleApiProcess {
  /** http://127.0.0.1:<port>, where the child serves the module's API. */
  origin: string;
  stop(): Promise<void>;
}

export interface ModuleApiProcessOptions {
  /** The child's script (a path: under happy-dom the global URL is not the one node accepts). */
  script: string;
  /** The module's package folder: tsx and the module's dependencies resolve from there. */
  cwd: string;
  /** Named in the error when the child ends before listening, e.g. 'feedback'. */
  label: string;
  /** Bearer token → claims the child accepts. */
  tokens: Record<string, Record<string, unknown>>;
}

/** Starts the child (`node --import tsx script`) and resolves once it listens. */
export function startModuleApiProcess({ script, cwd, label, tokens }: ModuleApiProcessOptions): Promise<ModuleApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd,
    env: { ...process.env, TEST_TOKENS: JSON.stringify(tokens) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never outlive the test run, even when it is interrupted.
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${label} API process ended (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
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
