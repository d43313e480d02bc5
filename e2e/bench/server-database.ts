import pg from 'pg';

/** The PostgreSQL server the bench creates its databases on. */
export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh database on the server for the PostgreSQL gateway (dropped at the end). */
export async function withServerDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `portal_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

