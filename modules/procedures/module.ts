import { fileURLToPath } from 'node:url';
import { defineModule } from '@portal/module-kit';
import packageJson from './package.json' with { type: 'json' };
import { createProceduresApi } from './src/api/index.js';
import { PROCEDURES_EVENTS } from './src/api/events.js';
import { seedProcedures } from './src/db/seed.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Online administrative procedures (dịch vụ công): find a procedure, submit a dossier, follow it to its result. */
export const proceduresModule = defineModule({
  id: 'procedures',
  version: packageJson.version,
  names: { vi: 'Dịch vụ công', en: 'Public services' },
  descriptions: {
    vi: 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến, theo dõi tiến độ và nhận kết quả điện tử',
    en: 'Find administrative procedures, submit dossiers online, follow them and receive electronic results',
  },
  icon: 'document',
  audience: 'public',
  order: 2,
  api: createProceduresApi,
  events: { publishes: PROCEDURES_EVENTS },
  db: { schema: 'procedures', migrationsFolder: here('./src/db/migrations'), seed: seedProcedures },
  ui: { distFolder: here('./dist') },
});

export default proceduresModule;
