// The registry shows a module only to its audience, and the server enforces it: an officers-only module
// (a fixture until the e-office module exists) is a tile and a working page for an officer, and for a
// citizen neither a tile nor an API.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser.js';
import { runCommand, startPortal, type RunningPortal } from '../support/portal.js';
import { signIn } from '../support/sign-in.js';

const OFFICER = '001090000011'; // Him Lam ward People's Committee
const CITIZEN = '001090000001';
const tile = 'a[href="/m/office-desk"]';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  await runCommand('pnpm', ['--dir', 'e2e/fixtures/office-desk', 'run', 'build']);
  portal = await startPortal({ withOfficeDesk: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('an officers-only module', () => {
  it('is absent for an anonymous visitor, in the grid and from its API', async () => {
    const registry = (await (await fetch(`${portal.url}/api/modules`)).json()) as { modules: Array<{ id: string }> };
    expect(registry.modules.map((m) => m.id)).not.toContain('office-desk');
    expect((await fetch(`${portal.url}/api/office-desk/inbox`)).status).toBe(404);
  });

  it('appears for an officer, who can open it and reach its API', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(portal.url);
    await page.locator('a[href="/m/hotlines"]').waitFor();
    expect(await page.locator(tile).count()).toBe(0);
    await signIn(page, OFFICER);
    await page.locator(tile).waitFor();
    await screenshot(page, 'phone', 'officer-home');
    await page.locator(tile).click();
    const units = page.locator('[data-testid="office-desk-units"]');
    await units.waitFor({ timeout: 20_000 });
    expect(await units.innerText()).toContain('ubnd-phuong-him-lam');
    await screenshot(page, 'phone', 'officer-desk');
    await context.close();
  });

  it('stays hidden from a signed-in citizen, whose calls to its API get 404', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const bearer: string[] = [];
    page.on('request', (request) => {
      const authorization = request.headers()['authorization'];
      if (request.url().endsWith('/api/modules') && authorization) bearer.push(authorization);
    });
    await page.goto(portal.url);
    await page.locator('a[href="/m/hotlines"]').waitFor();
    await signIn(page, CITIZEN);
    await page.locator('a[href="/m/hotlines"]').waitFor();
    expect(await page.locator(tile).count()).toBe(0);
    // the citizen's own token, as the shell sent it with the registry request
    await expect.poll(() => bearer.length).toBeGreaterThan(0);
    const res = await fetch(`${portal.url}/api/office-desk/inbox`, { headers: { authorization: bearer.at(-1)! } });
    expect(res.status).toBe(404);
    expect((await fetch(`${portal.url}/api/hotlines/emergency`, { headers: { authorization: bearer.at(-1)! } })).status).toBe(200);
    await page.goto(`${portal.url}/m/office-desk`);
    await page.locator('main').waitFor();
    expect(await page.locator('[data-testid="office-desk"]').count()).toBe(0);
    await screenshot(page, 'phone', 'citizen-no-officer-desk');
    await context.close();
  });
});
