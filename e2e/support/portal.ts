import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGateway } from '@portal/gateway';
import officeDesk from '@portal/e2e-office-desk/module';
import feedback from '@portal/feedback/module';
import hotlines from '@portal/hotlines/module';
import { defineModule, type ModuleDefinition } from '@portal/module-kit';
import procedures from '@portal/procedures/module';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunningPortal {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

const BROKEN = { id: 'broken', version: '0.0.1' };

/**
 * A module that is published but whose remote files are then lost (see `startPortal`): its registry
 * entry points at a mf-manifest.json that answers 404, as after a botched deployment.
 */
function brokenModule(root: string): ModuleDefinition {
  const distFolder = path.join(root, 'broken-dist');
  mkdirSync(distFolder, { recursive: true });
  writeFileSync(path.join(distFolder, 'portal-remote.json'), JSON.stringify(BROKEN));
  writeFileSync(path.join(distFolder, 'mf-manifest.json'), '{}');
  return defineModule({
    ...BROKEN,
    names: { vi: 'Mô-đun lỗi', en: 'Broken module' },
    icon: 'alert',
    audience: 'public',
    order: 90,
    ui: { distFolder },
  });
}

/** Starts the real gateway (built shell, built hotlines, feedback and procedures remotes, sample data) on a random port and a fresh data folder. */
export async function startPortal(options: { withBrokenModule?: boolean; withOfficeDesk?: boolean } = {}): Promise<RunningPortal> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'));
  const modules = [
    hotlines,
    feedback,
    procedures,
    ...(options.withBrokenModule ? [brokenModule(dataDir)] : []),
    ...(options.withOfficeDesk ? [officeDesk] : []),
  ];
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    modules,
    seed: true,
    logLevel: 'silent',
  });
  if (options.withBrokenModule) rmSync(path.join(dataDir, 'remotes', BROKEN.id, BROKEN.version), { recursive: true });
  return {
    url: gateway.url,
    dataDir,
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a command from the repo root and resolves with its output; rejects with it on a non-zero exit. */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} → exit ${code}\n${output}`))));
  });
}

/** Copies a folder to a fresh temporary one (so a test can change a build without touching the real one). */
export function copyToTemp(folder: string, prefix: string): string {
  const target = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(folder, target, { recursive: true });
  return target;
}
