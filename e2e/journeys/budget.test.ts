// Size budgets, asserted on bytes (deterministic), not on time: the shell's first load stays small and
// never carries a module's heavy library.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { firstLoadScripts, sum } from '../support/first-load.js';
import { REPO_ROOT, startPortal, type RunningPortal } from '../support/portal.js';

const FIRST_LOAD_BUDGET_GZIP = 150 * 1024;
/** Libraries that belong inside the module that needs them, never in the shell. */
const HEAVY_LIBRARIES = ['three', '@react-three', 'hls.js', 'maplibre-gl', 'leaflet', 'chart.js', 'echarts', 'recharts', 'sharp'];

let portal: RunningPortal;
let browser: Browser;
beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('the shell first load', () => {
  it(`fetches at most ${FIRST_LOAD_BUDGET_GZIP / 1024} KB of gzip JavaScript to show the home grid`, async () => {
    const scripts = await firstLoadScripts(browser, portal.url, 'a[href="/m/hotlines"]');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => !s.url.includes('/m/hotlines/'))).toBe(true); // home loads no module code
    // keycloak-js lives in the shell's on-demand auth chunk: an anonymous first visit never fetches it.
    expect(scripts.every((s) => !s.text.includes('silentCheckSsoRedirectUri'))).toBe(true);
    expect(sum(scripts, 'gzipBytes')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
  });

  it('contains no module heavy library (checked in the build statistics of every shell chunk)', () => {
    type StatsModule = { name?: string; identifier?: string; modules?: StatsModule[] };
    const stats = JSON.parse(readFileSync(path.join(REPO_ROOT, 'shell/build-stats/stats.json'), 'utf8')) as {
      chunks: Array<{ modules?: StatsModule[] }>;
    };
    const namesOf = (m: StatsModule): string[] => [m.identifier ?? m.name ?? '', ...(m.modules ?? []).flatMap(namesOf)];
    const names = stats.chunks.flatMap((chunk) => (chunk.modules ?? []).flatMap(namesOf));
    expect(names.length).toBeGreaterThan(0);
    const heavy = names.filter((name) => HEAVY_LIBRARIES.some((lib) => name.includes(`node_modules/${lib}/`)));
    expect(heavy).toEqual([]);
  });
});
