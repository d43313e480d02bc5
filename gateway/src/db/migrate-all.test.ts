import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGateway } from '../gateway.js';
import { StartupError } from '../startup-error.js';
import { brokenModule, notesModule } from '../test-support/fixture-modules.js';
import { runTsx } from '../test-support/run-tsx.js';
import { START_TIMEOUT, prepareTestGateway, type TestGatewaySetup } from '../test-support/test-gateway.js';

describe('a module whose migration fails', () => {
  let setup: TestGatewaySetup;
  beforeAll(async () => {
    setup = await prepareTestGateway();
  }, START_TIMEOUT);
  afterAll(() => setup?.cleanup());

  it('stops the start with a message naming the module and the failing migration', async () => {
    const start = openGateway(setup.options({ modules: [notesModule(), brokenModule] }));
    await expect(start).rejects.toBeInstanceOf(StartupError);
    await expect(start).rejects.toThrow(/^Module "broken": migration 0001_add_column\.sql failed: syntax error at or near "text"/);
  }, START_TIMEOUT);

  it('makes the gateway process exit with code 1 and one readable line, no stack trace', async () => {
    const entry = fileURLToPath(new URL('../test-support/broken-gateway-main.ts', import.meta.url));
    const result = await runTsx(entry, [], { DATA_DIR: setup.dataDir, DATABASE_URL: setup.databaseUrl ?? '' });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('listening');
    expect(result.stderr.trim()).toMatch(
      /^Gateway cannot start\. Module "broken": migration 0001_add_column\.sql failed: syntax error at or near "text"/,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, START_TIMEOUT);
});
