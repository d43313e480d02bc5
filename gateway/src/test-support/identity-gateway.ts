import { join } from 'node:path';
import type { GatewayOptions } from '../config.js';
import { startGateway, type RunningGateway } from '../gateway.js';
import { writeFakeRemote } from './fake-builds.js';
import { notesModule } from './fixture-modules.js';
import { prepareTestGateway, type TestGatewaySetup } from './test-gateway.js';

/** The officers-only fixture module (stands in for the e-office module until it exists). */
export const OFFICE_MODULE_ID = 'office';

export interface IdentityTestGateway {
  setup: TestGatewaySetup;
  gateway: RunningGateway;
  /** The setup's options plus the office fixture: start another gateway on the same data. */
  options: GatewayOptions;
  close(): Promise<void>;
}

/**
 * A listening gateway with the embedded provider and demo accounts, the public notes fixture and an
 * officers-only module with a built UI (so it is registered).
 */
export async function startIdentityGateway(extra: GatewayOptions = {}): Promise<IdentityTestGateway> {
  const setup = await prepareTestGateway();
  const officeDist = join(setup.dataDir, '..', 'office-dist');
  await writeFakeRemote(officeDist, { id: OFFICE_MODULE_ID, version: '0.1.0' });
  const office = notesModule({ id: OFFICE_MODULE_ID, audience: ['officer'], distFolder: officeDist });
  const options = setup.options({ modules: [...setup.modules, office], demoAccounts: true, ...extra });
  const gateway = await startGateway(options);
  return {
    setup,
    gateway,
    options,
    async close() {
      await gateway.close();
      await setup.cleanup();
    },
  };
}
