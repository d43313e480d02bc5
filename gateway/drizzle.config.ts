import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate` (from gateway/) writes the platform schema's migrations; commit them. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
  schemaFilter: ['platform'],
});
