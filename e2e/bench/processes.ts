import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/portal.js';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a server in its own process, as production runs it, so the load generator does not share its
 * event loop; output goes to a file (as a log shipper would take it) and `listening on <url>` is awaited.
 */
async function startProcess(args: string[], env: Record<string, string>, folder: string): Promise<BenchServer> {
  const logFile = path.join(folder, 'server.log');
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(readFileSync(logFile, 'utf8'));
    if (match?.[1]) {
      return {
        url: match[1],
        stop: () =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${readFileSync(logFile, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The real gateway (`gateway/src/main.ts`) in a fresh data folder (PGlite unless env names DATABASE_URL), with its request logs on. */
export async function startGatewayProcess(env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const server = await startProcess(['--import', 'tsx', 'gateway/src/main.ts'], { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env }, dataDir);
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const BARE_SERVER = `
import http from 'node:http';
import { readFileSync } from 'node:fs';
const body = readFileSync(process.argv[2]);
const headers = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const server = http.createServer((_req, res) => { res.writeHead(200, headers); res.end(body); });
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port + '/'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** A bare node:http server in its own process answering every request with these bytes and headers. */
export async function startBareServer(body: Buffer, headers: Record<string, string>): Promise<BenchServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'portal-bare-'));
  writeFileSync(path.join(folder, 'body'), body);
  writeFileSync(path.join(folder, 'headers.json'), JSON.stringify(headers));
  writeFileSync(path.join(folder, 'server.mjs'), BARE_SERVER);
  const server = await startProcess([path.join(folder, 'server.mjs'), path.join(folder, 'body'), path.join(folder, 'headers.json')], {}, folder);
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const BARE_SQL_SERVER = `
import http from 'node:http';
import { readFileSync } from 'node:fs';
import pg from 'pg';
const { text, params } = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
const server = http.createServer(async (_req, res) => {
  try {
    const result = await pool.query(text, params);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ items: result.rows }));
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port + '/'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
`;

/** A bare node:http server with a pg pool (10 connections, as the gateway's) answering every request with one query's rows. */
export async function startBareSqlServer(databaseUrl: string, query: { text: string; params: unknown[] }): Promise<BenchServer> {
  const folder = mkdtempSync(path.join(REPO_ROOT, 'e2e', '.bench-bare-'));
  writeFileSync(path.join(folder, 'query.json'), JSON.stringify(query));
  writeFileSync(path.join(folder, 'server.mjs'), BARE_SQL_SERVER);
  const server = await startProcess([path.join(folder, 'server.mjs'), databaseUrl, path.join(folder, 'query.json')], {}, folder);
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
