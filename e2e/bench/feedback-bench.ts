// Feedback numbers for `pnpm bench`: the public feed (a page of 20) on PGlite and on PostgreSQL beside a
// bare node:http + pg server running the same SQL, and report creation with one 2 MB photo.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import sharp from 'sharp';
import { newestFirst, selectReports } from '../../modules/feedback/src/api/reads/report-rows.js';
import { reports } from '../../modules/feedback/src/db/schema.js';
import { tokenFor } from '../../gateway/src/test-support/tokens.js';
import { startBareSqlServer, startGatewayProcess, type BenchServer } from './processes.js';
import { withServerDatabase } from './server-database.js';

const CONNECTIONS = 50;
const UPLOAD_CONNECTIONS = 4;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FEED_PATH = '/api/feedback/public/reports?limit=20';

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests that got no answer within autocannon's 10 s timeout (PGlite queues every query on one thread). */
  timeouts: number;
}

async function load(options: autocannon.Options): Promise<Measure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, ...options });
  if (result.non2xx > 0 || result.errors > result.timeouts) throw new Error(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, timeouts: result.timeouts };
}

const row = (name: string, m: Measure) =>
  `  ${name.padEnd(44)} ${m.requestsPerSecond.toFixed(0).padStart(8)} ${String(m.p50).padStart(7)} ${String(m.p99).padStart(7)}` +
  (m.timeouts > 0 ? `  (${m.timeouts} timed out)` : '');

/** The SQL the feed route runs for its first page (drizzle's own text), to hand to the bare server. */
function feedSql(databaseUrl: string): { text: string; params: unknown[] } {
  const db = drizzle(new pg.Pool({ connectionString: databaseUrl, max: 1 }));
  const query = selectReports(db as never)
    .where(eq(reports.isPublic, true))
    .orderBy(...newestFirst)
    .limit(21)
    .toSQL();
  return { text: query.sql, params: query.params };
}

/** A photo of about 2 MB (noise compresses badly, as a real 12 MP phone photo would). */
async function twoMegabytePhoto(): Promise<Buffer> {
  const width = 2000;
  const height = 1500;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

async function multipartReport(photo: Buffer): Promise<{ body: Buffer; contentType: string }> {
  const boundary = `----bench${randomUUID()}`;
  const report = {
    categoryId: 'street-lighting',
    description: 'Đèn đường trước nhà văn hóa tổ 3 không sáng mấy đêm nay (đo tải).',
    isPublic: true,
    location: { lat: 21.4107, lng: 103.0191, accuracyM: 12, source: 'device' },
  };
  const parts = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="report"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(report)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function measureCreation(gateway: BenchServer): Promise<{ perSecond: number; p50: number; p99: number; photoBytes: number }> {
  const photo = await twoMegabytePhoto();
  const { body, contentType } = await multipartReport(photo);
  const { accessToken } = await tokenFor(gateway.url, '001090000002');
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': contentType };
  const result = await autocannon({
    url: gateway.url,
    connections: UPLOAD_CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/feedback/reports',
        headers,
        body,
        // Every request is a new report: a new Idempotency-Key each time.
        setupRequest: (request) => ({ ...request, headers: { ...headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`report creation: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, photoBytes: photo.length };
}

/** Lifts the per-reporter hourly limit for the load run only (the bench files thousands of reports). */
const BENCH_ENV = { FEEDBACK_REPORTS_PER_HOUR: '1000000' };

export async function benchFeedback(): Promise<void> {
  console.log(`\nFeedback at ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`);
  console.log('  target                                          req/s  p50 ms  p99 ms');
  const pglite = await startGatewayProcess(BENCH_ENV);
  try {
    console.log(row('public feed, page of 20 — gateway on PGlite', await load({ url: `${pglite.url}${FEED_PATH}` })));
    const created = await measureCreation(pglite);
    console.log(
      `  report creation, one ${(created.photoBytes / 1024 / 1024).toFixed(1)} MB photo, ${UPLOAD_CONNECTIONS} connections (PGlite): ` +
        `${created.perSecond.toFixed(1)} reports/s, p50 ${created.p50} ms, p99 ${created.p99} ms`,
    );
  } finally {
    await pglite.stop();
  }
  await withServerDatabase(async (databaseUrl) => {
    const server = await startGatewayProcess({ ...BENCH_ENV, DATABASE_URL: databaseUrl });
    try {
      console.log(row('public feed, page of 20 — gateway on PostgreSQL', await load({ url: `${server.url}${FEED_PATH}` })));
      const bare = await startBareSqlServer(databaseUrl, feedSql(databaseUrl));
      try {
        console.log(row('same SQL — bare node:http + pg', await load({ url: bare.url })));
      } finally {
        await bare.stop();
      }
      const created = await measureCreation(server);
      console.log(
        `  report creation, one ${(created.photoBytes / 1024 / 1024).toFixed(1)} MB photo, ${UPLOAD_CONNECTIONS} connections (PostgreSQL): ` +
          `${created.perSecond.toFixed(1)} reports/s, p50 ${created.p50} ms, p99 ${created.p99} ms`,
      );
    } finally {
      await server.stop();
    }
  });
}
