#!/usr/bin/env node
// `npm start`: installs what is missing, builds what is stale, then runs the gateway, which migrates, seeds
// sample data and serves the portal (http://127.0.0.1:3000 unless HOST/PORT say otherwise).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm-command.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: the portal needs Node 20.19 or newer.`);
  process.exit(1);
}

const pnpm = pnpmCommand();
const sh = (args, options = {}) => {
  const result = spawnSync(pnpm[0], [...pnpm.slice(1), ...args], { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (newestMtime(path.join(root, 'pnpm-lock.yaml')) > newestMtime(path.join(root, 'node_modules/.modules.yaml'))) {
  console.log('Installing dependencies…');
  sh(['install', '--frozen-lockfile']);
}

const uiPackages = ['shell', ...readdirSync(path.join(root, 'modules')).map((m) => `modules/${m}`)].filter((dir) =>
  existsSync(path.join(root, dir, 'webpack.config.ts')),
);
for (const dir of uiPackages) {
  const sources = Math.max(newestMtime(path.join(root, dir, 'src')), newestMtime(path.join(root, 'shared-ui/src')));
  if (sources > newestMtime(path.join(root, dir, 'dist'))) {
    console.log(`Building ${dir}…`);
    sh(['--dir', dir, 'run', 'build']);
  }
}

const gateway = spawn(pnpm[0], [...pnpm.slice(1), '--dir', 'gateway', 'exec', 'tsx', 'src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? path.join(root, '.data') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal));
gateway.on('exit', (code) => process.exit(code ?? 0));

/** Newest modification time in a file or folder tree (0 when missing). */
function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}
