// `pnpm bench`: first-load bytes of the shell and of each module remote, then the gateway's throughput and
// latency for the registry and for a static remote asset at 50 connections, each beside a bare node:http
// server answering the same bytes (the ratio is the figure to watch; absolute numbers depend on the machine);
// then the feedback module's public feed and report creation (feedback-bench.ts), and the procedures module's
// catalog search and dossier submission (procedures-bench.ts).
import autocannon from 'autocannon';
import { launchBrowser } from '../support/browser.js';
import { firstLoadScripts, sum } from '../support/first-load.js';
import { benchFeedback } from './feedback-bench.js';
import { benchProcedures } from './procedures-bench.js';
import { startBareServer, startGatewayProcess } from './processes.js';

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Measure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const portal = await startGatewayProcess();
const browser = await launchBrowser();
try {
  console.log('\nFirst-load JavaScript (gzip level 9 of each file fetched)');
  const shell = await firstLoadScripts(browser, portal.url, 'a[href^="/m/"]');
  console.log(`  shell home: ${shell.length} files, ${kb(sum(shell, 'bytes'))} raw, ${kb(sum(shell, 'gzipBytes'))} gzip`);
  const registry = (await (await fetch(`${portal.url}/api/modules`)).json()) as { modules: Array<{ id: string; remote: { entry: string } }> };
  for (const module of registry.modules) {
    const scripts = await firstLoadScripts(browser, `${portal.url}/m/${module.id}`, 'main, [role="main"]');
    const own = scripts.filter((s) => s.url.includes(`/m/${module.id}/`));
    console.log(`  module ${module.id}: ${own.length} files, ${kb(sum(own, 'bytes'))} raw, ${kb(sum(own, 'gzipBytes'))} gzip (beyond the shell)`);
  }

  const hotlines = registry.modules.find((m) => m.id === 'hotlines');
  if (!hotlines) throw new Error('hotlines is not in the registry');
  const remoteEntryUrl = new URL(hotlines.remote.entry.replace('mf-manifest.json', 'remoteEntry.js'), portal.url).toString();
  const targets = [
    { name: 'GET /api/modules', url: `${portal.url}/api/modules` },
    { name: 'GET remoteEntry.js (gzip)', url: remoteEntryUrl, headers: { 'accept-encoding': 'gzip' } },
  ];
  console.log(`\nThroughput at ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`);
  console.log('  target                        gateway req/s  p50 ms  p99 ms | bare req/s  p50 ms  p99 ms | gateway/bare');
  for (const target of targets) {
    const sample = await fetch(target.url, { headers: target.headers });
    const body = Buffer.from(await sample.arrayBuffer());
    const headers: Record<string, string> = { 'content-type': sample.headers.get('content-type') ?? 'application/octet-stream' };
    const encoding = sample.headers.get('content-encoding');
    if (encoding) headers['content-encoding'] = encoding;
    const gateway = await load(target.url, target.headers);
    const bare = await startBareServer(body, headers);
    const baseline = await load(bare.url, target.headers);
    await bare.stop();
    const row = [
      target.name.padEnd(29),
      gateway.requestsPerSecond.toFixed(0).padStart(13),
      String(gateway.p50).padStart(7),
      String(gateway.p99).padStart(7),
      '|',
      baseline.requestsPerSecond.toFixed(0).padStart(10),
      String(baseline.p50).padStart(7),
      String(baseline.p99).padStart(7),
      '|',
      (gateway.requestsPerSecond / baseline.requestsPerSecond).toFixed(2).padStart(12),
    ];
    console.log(`  ${row.join(' ')}`);
  }
} finally {
  await browser.close();
  await portal.stop();
}
await benchFeedback();
await benchProcedures();
