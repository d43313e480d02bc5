import type { GatewayOptions } from './config.js';
import { startGateway } from './gateway.js';
import { StartupError } from './startup-error.js';

/**
 * Runs the gateway as a process: one line with the URL when it listens, a clean stop on SIGINT and
 * SIGTERM, and for a refused start one readable line on stderr and exit code 1 (no stack dump).
 */
export async function runGatewayProcess(options: GatewayOptions = {}): Promise<void> {
  let gateway;
  try {
    gateway = await startGateway(options);
  } catch (error) {
    const message = error instanceof StartupError ? error.message : `Unexpected error: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`Gateway cannot start. ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Portal gateway listening on ${gateway.url}\n`);
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
