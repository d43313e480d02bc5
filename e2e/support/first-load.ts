import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newContext } from './browser.js';

export interface LoadedScript {
  url: string;
  bytes: number;
  gzipBytes: number;
  text: string;
}

/**
 * Every JavaScript file a first visit (empty cache, no service worker yet) fetches until `ready` resolves,
 * with its raw and gzip (level 9, deterministic) sizes.
 */
export async function firstLoadScripts(browser: Browser, url: string, ready: string): Promise<LoadedScript[]> {
  const context = await newContext(browser, 'phone');
  const page = await context.newPage();
  const pending: Array<Promise<LoadedScript | undefined>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, text: body.toString('utf8') }),
        () => undefined,
      ),
    );
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(pending)).filter((s): s is LoadedScript => s !== undefined);
  await context.close();
  return scripts;
}

export const sum = (scripts: LoadedScript[], key: 'bytes' | 'gzipBytes') => scripts.reduce((total, s) => total + s[key], 0);
