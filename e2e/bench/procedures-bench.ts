// Procedures numbers for `pnpm bench`: catalog search through the gateway (PGlite and PostgreSQL), and the
// whole online submission of a dossier with two 1 MB PDFs (create the draft, save the form, upload both,
// submit) as sequences per second, with the latency of the submission request alone.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { tokenFor } from '../../gateway/src/test-support/tokens.js';
import { pdfFile } from '../support/test-files.js';
import { startGatewayProcess, type BenchServer } from './processes.js';
import { withServerDatabase } from './server-database.js';

const CONNECTIONS = 50;
/** Submissions running at the same time (one business account; each runs the whole sequence, one request after another). */
const SUBMITTERS = 4;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const API = '/api/procedures';
const PROCEDURE = 'dang-ky-thanh-lap-ho-kinh-doanh';
const SEARCHES = [
  { name: 'catalog search "dang ky"', path: `${API}/catalog?q=dang%20ky` },
  { name: 'catalog search "dang ky" + level=district', path: `${API}/catalog?q=dang%20ky&level=district` },
];

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  timeouts: number;
}

async function load(url: string): Promise<Measure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  if (result.non2xx > 0 || result.errors > result.timeouts) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, timeouts: result.timeouts };
}

const row = (name: string, m: Measure) =>
  `  ${name.padEnd(56)} ${m.requestsPerSecond.toFixed(0).padStart(8)} ${String(m.p50).padStart(7)} ${String(m.p99).padStart(7)}` +
  (m.timeouts > 0 ? `  (${m.timeouts} timed out)` : '');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The household business form beyond what the identity pre-fills. */
function formValues(prefilled: Record<string, unknown>, n: number): Record<string, unknown> {
  const start = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return {
    ...prefilled,
    phone: '0912345604',
    businessName: `Hộ kinh doanh Đo Tải ${n}`,
    businessAddress: 'Số 8, đường Hoàng Văn Thái, phường Him Lam, thành phố Điện Biên Phủ',
    businessLines: '5610 — Nhà hàng và dịch vụ ăn uống',
    capitalVnd: 50_000_000,
    employees: 2,
    ownership: 'individual',
    startDate: start,
    pledge: true,
  };
}

async function send(url: string, init: RequestInit, expected: number): Promise<{ version: number; form: Record<string, unknown>; id: string }> {
  const res = await fetch(url, init);
  const body = (await res.json()) as { version: number; form: Record<string, unknown>; id: string };
  if (res.status !== expected) throw new Error(`${init.method} ${url} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** One applicant's whole submission; returns how long the submit request alone took. */
async function submitOne(gateway: string, auth: Record<string, string>, files: Buffer[], n: number): Promise<number> {
  const json = { ...auth, 'content-type': 'application/json' };
  const draft = await send(`${gateway}${API}/dossiers`, { method: 'POST', headers: json, body: JSON.stringify({ procedureId: PROCEDURE }) }, 201);
  const saved = await send(
    `${gateway}${API}/dossiers/${draft.id}`,
    { method: 'PATCH', headers: json, body: JSON.stringify({ form: formValues(draft.form, n), version: draft.version }) },
    200,
  );
  for (const [index, documentId] of ['giay-de-nghi', 'hop-dong-thue'].entries()) {
    const form = new FormData();
    form.set('documentId', documentId);
    form.set('file', new Blob([new Uint8Array(files[index]!)], { type: 'application/pdf' }), `${documentId}.pdf`);
    await send(`${gateway}${API}/dossiers/${draft.id}/files`, { method: 'POST', headers: auth, body: form }, 201);
  }
  const started = performance.now();
  await send(
    `${gateway}${API}/dossiers/${draft.id}/submit`,
    { method: 'POST', headers: { ...json, 'idempotency-key': randomUUID() }, body: JSON.stringify({ version: saved.version }) },
    201,
  );
  return performance.now() - started;
}

async function measureSubmission(server: BenchServer): Promise<string> {
  const files = [pdfFile('Giay de nghi dang ky ho kinh doanh', 1024 * 1024), pdfFile('Hop dong thue dia diem', 1024 * 1024)];
  const { accessToken } = await tokenFor(server.url, '001090000004', undefined, { taxCode: '5600123456' });
  const auth = { authorization: `Bearer ${accessToken}` };
  const sequences: number[] = [];
  const submits: number[] = [];
  const deadline = performance.now() + DURATION_SECONDS * 1000;
  let counter = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: SUBMITTERS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        submits.push(await submitOne(server.url, auth, files, (counter += 1)));
        sequences.push(performance.now() - started);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  sequences.sort((a, b) => a - b);
  submits.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(0);
  return (
    `${(sequences.length / seconds).toFixed(1)} dossiers/s (${sequences.length} in ${seconds.toFixed(1)} s), ` +
    `sequence p50 ${ms(percentile(sequences, 50))} ms p99 ${ms(percentile(sequences, 99))} ms; ` +
    `submit alone p50 ${ms(percentile(submits, 50))} ms p99 ${ms(percentile(submits, 99))} ms`
  );
}

async function benchOne(label: string, server: BenchServer): Promise<void> {
  for (const search of SEARCHES) console.log(row(`${search.name} — ${label}`, await load(`${server.url}${search.path}`)));
  console.log(`  submission, 2 × 1 MB PDF, ${SUBMITTERS} at a time (${label}): ${await measureSubmission(server)}`);
}

export async function benchProcedures(): Promise<void> {
  console.log(`\nProcedures at ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`);
  console.log(`  target${' '.repeat(51)}req/s  p50 ms  p99 ms`);
  const pglite = await startGatewayProcess();
  try {
    await benchOne('PGlite', pglite);
  } finally {
    await pglite.stop();
  }
  await withServerDatabase(async (databaseUrl) => {
    const server = await startGatewayProcess({ DATABASE_URL: databaseUrl });
    try {
      await benchOne('PostgreSQL', server);
    } finally {
      await server.stop();
    }
  });
}

// `tsx e2e/bench/procedures-bench.ts` runs this part alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchProcedures();
