import { startModuleApiProcess, type ModuleApiProcess } from '@portal/module-kit/testing/process';
import { setOrigin as setTestOrigin } from '@portal/shared-ui/testing';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type RealApi = ModuleApiProcess;

// Strings, not `new URL(…)`: under happy-dom the global URL is not the one node:url accepts.
const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts the real procedures API (migrated and seeded) in a child process; `tokens` map to claims. */
export function startRealApi(tokens: Record<string, Record<string, unknown>>): Promise<RealApi> {
  return startModuleApiProcess({ script: path.join(here, 'real-api-process.ts'), cwd: path.resolve(here, '../../../..'), label: 'procedures', tokens });
}

/** Where the UI thinks it runs: the real API's origin, so its same-origin calls (and the token) reach it. */
export function setOrigin(origin: string, pathname = '/m/procedures') {
  setTestOrigin(origin, pathname);
}
