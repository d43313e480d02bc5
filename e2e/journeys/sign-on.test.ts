// A citizen signs in with the VNeID-style form and comes back to the page she was on; the session
// survives a reload (silent check-sso), the profile masks her national id, and logout ends it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser.js';
import { startPortal, type RunningPortal } from '../support/portal.js';

const CITIZEN = { nationalId: '001090000001', password: 'Demo@2026', name: 'Nguyễn Văn An' };

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  context = await newContext(browser, 'phone');
  page = await context.newPage();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.close();
});

const signInButton = () => page.locator('[data-testid="sign-in-button"]');
const accountLink = () => page.locator('[data-testid="account-link"]');
const hasHint = () => page.evaluate(() => localStorage.getItem('portal.session'));

describe('signing on as a citizen (phone)', () => {
  it('shows public modules and a sign-in button to an anonymous visitor, without loading any sign-in code', async () => {
    await page.goto(portal.url);
    await page.locator('a[href="/m/hotlines"]').waitFor();
    await signInButton().waitFor();
    expect(await signInButton().innerText()).toContain('Đăng nhập');
    await page.waitForLoadState('networkidle');
    const loaded = new Set(scripts);
    // The auth chunk is the only one that contains keycloak-js; none of the fetched scripts is it.
    const bodies = await Promise.all([...loaded].map((url) => page.evaluate((u) => fetch(u).then((r) => r.text()), url)));
    expect(bodies.some((body) => body.includes('silentCheckSsoRedirectUri'))).toBe(false);
    await screenshot(page, 'phone', 'sign-on-anonymous');
  });

  it('signs in with the VNeID-style form and comes back to the page she came from, name shown', async () => {
    await page.locator('a[href="/m/hotlines"]').click();
    await page.locator('a[href="tel:113"]').first().waitFor();
    await signInButton().click();
    await page.waitForURL(/\/realms\/portal\//);
    await page.locator('#national_id').waitFor();
    await screenshot(page, 'phone', 'sign-on-form');
    await page.fill('#national_id', CITIZEN.nationalId);
    await page.fill('#password', CITIZEN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/m/hotlines', { timeout: 30_000 });
    await accountLink().waitFor();
    expect(await accountLink().getAttribute('aria-label')).toContain(CITIZEN.name);
    expect(await accountLink().innerText()).toContain('An');
    expect(new URL(page.url()).hash).toBe('');
    expect(await hasHint()).toBe('1');
    await screenshot(page, 'phone', 'sign-on-back');
  });

  it('keeps the session across a reload (silent check-sso)', async () => {
    await page.reload();
    await accountLink().waitFor({ timeout: 30_000 });
    expect(await signInButton().count()).toBe(0);
  });

  it('refreshes the 5-minute token silently before it expires', async () => {
    await context.clock.install();
    await page.reload();
    await accountLink().waitFor({ timeout: 30_000 });
    const refresh = page.waitForRequest(
      (request) => request.url().endsWith('/protocol/openid-connect/token') && (request.postData() ?? '').includes('grant_type=refresh_token'),
    );
    await context.clock.fastForward('04:10');
    const response = await (await refresh).response();
    expect(response?.status()).toBe(200);
    await accountLink().waitFor();
  });

  it('shows the profile with the national id masked', async () => {
    await accountLink().click();
    await page.waitForURL(/\/profile$/);
    const nationalId = page.locator('[data-testid="profile-national-id"]');
    await nationalId.waitFor();
    expect(await nationalId.innerText()).toBe('•••• •••• 0001');
    const text = await page.locator('main').innerText();
    expect(text).toContain(CITIZEN.name);
    expect(text).toContain('VNeID mức 2');
    expect(text).toContain('Công dân');
    expect(text).not.toContain(CITIZEN.nationalId);
    await screenshot(page, 'phone', 'sign-on-profile');
  });

  it('logs out back to the home page, signed out everywhere', async () => {
    await page.locator('[data-testid="sign-out"]').click();
    await page.waitForURL((url) => url.pathname === '/' && url.origin === new URL(portal.url).origin, { timeout: 30_000 });
    await signInButton().waitFor({ timeout: 30_000 });
    expect(await hasHint()).toBeNull();
    // The provider's session is gone too: a login-required page asks for the form again.
    await page.goto(`${portal.url}/profile`);
    await page.waitForURL(/\/realms\/portal\//, { timeout: 30_000 });
    await page.locator('#national_id').waitFor();
    await screenshot(page, 'phone', 'sign-on-signed-out');
  });
});
