// A citizen's first visits: the home grid in Vietnamese, English on request, the emergency numbers one tap
// away, still there with the network off, and a broken module that never takes the rest down.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, type ViewportName } from '../support/browser.js';
import { startPortal, type RunningPortal } from '../support/portal.js';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal({ withBrokenModule: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe.each<ViewportName>(['phone', 'desktop'])('at %s size', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the home grid in Vietnamese first', async () => {
    await page.goto(portal.url);
    const tile = page.locator('a[href="/m/hotlines"]');
    await tile.waitFor();
    expect(await tile.innerText()).toContain('Đường dây nóng');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await screenshot(page, viewport, 'home-vi');
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.locator('[data-testid="language-switch"]').selectOption('en');
    await expect.poll(() => page.locator('a[href="/m/hotlines"]').innerText()).toContain('Hotlines');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, viewport, 'home-en');
    await page.reload();
    await expect.poll(() => page.locator('a[href="/m/hotlines"]').innerText()).toContain('Hotlines');
    await page.locator('[data-testid="language-switch"]').selectOption('vi');
    await expect.poll(() => page.locator('a[href="/m/hotlines"]').innerText()).toContain('Đường dây nóng');
  });

  it('opens hotlines from its tile and offers 113, 114 and 115 as one-tap calls', async () => {
    await page.locator('a[href="/m/hotlines"]').click();
    await page.waitForURL(/\/m\/hotlines/);
    for (const number of ['113', '114', '115']) {
      const call = page.locator(`a[href="tel:${number}"]`).first();
      await call.waitFor();
      expect(await call.isVisible()).toBe(true);
    }
    await screenshot(page, viewport, 'hotlines');
  });

  it('still shows the emergency numbers after a reload with the network off', async () => {
    await waitForServiceWorker(page);
    await page.reload(); // this visit runs under the service worker, which caches the remote and the data
    await page.locator('a[href="tel:113"]').first().waitFor();
    await context.setOffline(true);
    try {
      await page.reload();
      for (const number of ['113', '114', '115']) {
        await page.locator(`a[href="tel:${number}"]`).first().waitFor({ timeout: 15_000 });
      }
      await screenshot(page, viewport, 'hotlines-offline');
    } finally {
      await context.setOffline(false);
    }
  });

  it('shows a fallback for a module whose remote is gone, while hotlines still opens', async () => {
    await page.goto(`${portal.url}/m/broken`);
    const fallback = page.locator('[data-testid="module-fallback"]');
    await fallback.waitFor({ timeout: 20_000 });
    expect(await fallback.getAttribute('role')).toBe('alert');
    expect(await fallback.locator('button').count()).toBeGreaterThan(0);
    await screenshot(page, viewport, 'broken-module-fallback');

    await page.locator('a[href="/"]').first().click();
    await page.locator('a[href="/m/hotlines"]').click();
    await page.locator('a[href="tel:115"]').first().waitFor();
  });
});
