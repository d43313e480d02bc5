// The pnpm to run: the pinned version when installed globally, otherwise fetched from the npm registry by npx.
import { spawnSync } from 'node:child_process';

export const PNPM_VERSION = '12.4.2';

export function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}
