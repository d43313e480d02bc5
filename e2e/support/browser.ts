import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS_DIR = path.join(import.meta.dirname, '..', 'artifacts');

export const VIEWPORTS = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, viewport: ViewportName): Promise<BrowserContext> {
  const isPhone = viewport === 'phone';
  return browser.newContext({
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: isPhone ? 2 : 1,
    isMobile: isPhone,
    hasTouch: isPhone,
    locale: 'vi-VN',
    serviceWorkers: 'allow',
  });
}

/**
 * Saves what the screen shows as e2e/artifacts/<viewport>-<name>.png, and the whole scrolled page as
 * <viewport>-<name>-full.png when it is taller than the screen.
 */
export async function screenshot(page: Page, viewport: ViewportName, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${viewport}-${name}.png`);
  await page.screenshot({ path: file });
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  if (pageHeight > VIEWPORTS[viewport].height) {
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${viewport}-${name}-full.png`), fullPage: true });
  }
  return file;
}
