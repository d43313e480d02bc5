// Independent deployment: a new build of one module, published with the CLI, is what the running portal
// serves on the next page load; the shell is neither rebuilt nor restarted.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser.js';
import { REPO_ROOT, runCommand, startPortal, type RunningPortal } from '../support/portal.js';

let portal: RunningPortal;
let browser: Browser;
let buildDir: string;
const shellIndex = path.join(REPO_ROOT, 'shell/dist/index.html');

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  buildDir = mkdtempSync(path.join(tmpdir(), 'hotlines-next-'));
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  rmSync(buildDir, { recursive: true, force: true });
});

it('serves a newly published module version on the next page load without touching the shell', async () => {
  const shellBefore = readFileSync(shellIndex, 'utf8');
  const context = await newContext(browser, 'phone');
  const page = await context.newPage();
  await page.goto(`${portal.url}/m/hotlines`);
  const version = page.locator('[data-testid="module-version"]');
  await version.waitFor();
  const oldVersion = JSON.parse(readFileSync(path.join(REPO_ROOT, 'modules/hotlines/dist/portal-remote.json'), 'utf8')).version;
  expect(await version.innerText()).toContain(oldVersion);

  const nextVersion = `${oldVersion.split('-')[0]}-e2e.${Date.now()}`;
  await runCommand('pnpm', ['--dir', 'modules/hotlines', 'run', 'build'], {
    PORTAL_MODULE_VERSION: nextVersion,
    PORTAL_REMOTE_OUT: buildDir,
  });
  expect(existsSync(path.join(buildDir, 'mf-manifest.json'))).toBe(true);
  const output = await runCommand('npx', ['tsx', 'gateway/src/cli.ts', 'modules', 'publish', 'hotlines', '--from', buildDir], {
    DATA_DIR: portal.dataDir,
    PORTAL_URL: portal.url,
  });
  expect(output).toContain(nextVersion);

  const registry = await (await fetch(`${portal.url}/api/modules`)).json();
  const entry = registry.modules.find((m: { id: string }) => m.id === 'hotlines');
  expect(entry.version).toBe(nextVersion);
  expect((await fetch(new URL(entry.remote.entry, portal.url))).status).toBe(200);

  const remoteRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/m/hotlines/')) remoteRequests.push(request.url());
  });
  await page.reload();
  await expect.poll(() => version.innerText(), { timeout: 20_000 }).toContain(nextVersion);
  expect(remoteRequests.some((url) => url.includes(`/m/hotlines/${nextVersion}/`))).toBe(true);
  await screenshot(page, 'phone', 'hotlines-after-publish');

  expect(readFileSync(shellIndex, 'utf8')).toBe(shellBefore);
  await context.close();
});
