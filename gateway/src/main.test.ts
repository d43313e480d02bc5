import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { freshDatabaseUrl, tempDirs } from './test-support/temp-dirs.js';
import { START_TIMEOUT } from './test-support/test-gateway.js';

describe('gateway/src/main.ts (pnpm start)', () => {
  const dirs = tempDirs();
  afterAll(() => dirs.cleanup());

  it('prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const dataDir = await dirs.make();
    const database = await freshDatabaseUrl();
    const child = spawn(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [fileURLToPath(new URL('./main.ts', import.meta.url))], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: database.url ?? '', LOG_LEVEL: 'silent', SEED: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /^Portal gateway listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
          if (match) resolve(match[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await access(join(dataDir, 'operator-token'));

      const exitCode = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exitCode).toBe(0);
      await expect(access(join(dataDir, 'operator-token'))).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await database.drop();
    }
  }, START_TIMEOUT);
});
