import { runGatewayProcess } from '../run.js';
import { brokenModule, notesModule } from './fixture-modules.js';

// The gateway process entry with a module whose migration is broken (see db/migrate-all.test.ts).
await runGatewayProcess({ modules: [notesModule(), brokenModule], port: 0, logLevel: 'silent', seed: false });
