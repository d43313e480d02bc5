import { fileURLToPath } from 'node:url';
import { defineModule } from '@portal/module-kit';
import packageJson from './package.json' with { type: 'json' };
import { createHotlinesApi } from './src/api/index.js';
import { seedHotlines } from './src/db/seed.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Emergency and hotline numbers (đường dây nóng) of the province. */
export const hotlinesModule = defineModule({
  id: 'hotlines',
  version: packageJson.version,
  names: { vi: 'Đường dây nóng', en: 'Hotlines' },
  descriptions: {
    vi: 'Số khẩn cấp 113, 114, 115 và đường dây nóng, cơ sở y tế, công an trong tỉnh',
    en: 'Emergency numbers 113, 114, 115 and the hotlines, health facilities and police of the province',
  },
  icon: 'phone',
  audience: 'public',
  order: 10,
  api: createHotlinesApi,
  db: { schema: 'hotlines', migrationsFolder: here('./src/db/migrations'), seed: seedHotlines },
  ui: { distFolder: here('./dist') },
});

export default hotlinesModule;
