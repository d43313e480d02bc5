import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../gateway.js';
import { TestBrowser, pkcePair } from '../test-support/browser.js';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { refresh, tokenFor } from '../test-support/tokens.js';
import { runCli } from '../cli/run-cli.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

const kidOf = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;

describe('identity state across restarts, and signing key rotation', () => {
  let harness: IdentityTestGateway;
  let gateway: RunningGateway;

  beforeAll(async () => {
    harness = await startIdentityGateway();
    gateway = harness.gateway;
  }, START_TIMEOUT);
  afterAll(async () => {
    if (gateway !== harness?.gateway) await gateway?.close();
    await harness?.close();
  });

  /** Close this gateway and start another on the same data folder (or database) and port. */
  async function restart(): Promise<void> {
    const port = gateway.port;
    await (gateway === harness.gateway ? harness.gateway.close() : gateway.close());
    gateway = await startGateway({ ...harness.options, port });
    harness.gateway.close = async () => {}; // already closed; the harness still cleans up its folders
  }

  const modulesStatus = async (token: string) =>
    (await fetch(`${gateway.url}/api/modules`, { headers: { authorization: `Bearer ${token}` } })).status;

  it('keeps sessions and refresh tokens valid over a restart, and rotated keys verify old tokens until they expire', async () => {
    const browser = new TestBrowser();
    const before = await tokenFor(gateway.url, '001090000001', undefined, { browser });
    await restart();

    // The refresh token still works, and the browser's session still signs in silently.
    const refreshed = await refresh(gateway.url, before.refreshToken);
    expect(refreshed.status).toBe(200);
    const { challenge } = pkcePair();
    const silent = await browser.fetch(`${gateway.url}/realms/portal/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: 'shell', redirect_uri: `${gateway.url}/`, response_type: 'code', response_mode: 'fragment', scope: 'openid',
      prompt: 'none', code_challenge: challenge, code_challenge_method: 'S256',
    })}`);
    expect(silent.headers.get('location')).toMatch(/#code=/);
    expect(await modulesStatus(before.accessToken)).toBe(200);
    // Seeding the demo accounts again at start changed nothing.
    const { rows } = (await gateway.opened.database.db.execute('select count(*)::int as n from platform.accounts' as never)) as unknown as { rows: Array<{ n: number }> };
    expect(rows[0]!.n).toBe(DEMO_ACCOUNTS.length);

    // `pnpm portal keys rotate` (through the running gateway's operator endpoint), then restart:
    // new tokens use the new key, old ones still verify.
    const out: string[] = [];
    const code = await runCli(['keys', 'rotate'], {
      env: { PORTAL_URL: gateway.url, OPERATOR_TOKEN: gateway.opened.operatorToken, DATA_DIR: harness.setup.dataDir },
      io: { out: (text) => out.push(text), err: () => {} },
      loadModules: async () => harness.options.modules ?? [],
    });
    expect(code).toBe(0);
    const newKid = /New signing key (\S+)\./.exec(out.join('\n'))![1]!;
    await restart();
    const after = await tokenFor(gateway.url, '001090000002');
    expect(kidOf(after.accessToken)).toBe(newKid);
    expect(kidOf(before.accessToken)).not.toBe(newKid);
    expect(await modulesStatus(before.accessToken)).toBe(200);
    expect(await modulesStatus(after.accessToken)).toBe(200);
    const published = (await (await fetch(`${gateway.url}/realms/portal/protocol/openid-connect/certs`)).json()) as { keys: Array<{ kid: string; d?: string }> };
    expect(published.keys.map((key) => key.kid)).toEqual([newKid, kidOf(before.accessToken)]);
    expect(published.keys.every((key) => key.d === undefined)).toBe(true);

    // Once the retention has passed, the old key is no longer published nor trusted.
    await gateway.opened.database.db.execute("update platform.identity_keys set retired_at = now() - interval '2 days' where retired_at is not null" as never);
    await restart();
    expect(await modulesStatus(before.accessToken)).toBe(401);
    expect(await modulesStatus(after.accessToken)).toBe(200);
  }, START_TIMEOUT * 2);
});
