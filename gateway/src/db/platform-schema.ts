import { fileURLToPath } from 'node:url';

/** The gateway's own schema owner, migrated before any module's. */
export const PLATFORM_SCHEMA = {
  schema: 'platform',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
};
