import { defineConfig } from 'drizzle-kit';

/** `pnpm generate` writes a new migration after a change to src/db/schema.ts; commit it. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
  schemaFilter: ['procedures'],
});
