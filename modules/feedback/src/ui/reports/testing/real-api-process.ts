/*
 * The real feedback API in its own Node process for the UI tests (module-kit's serveModuleApiForUiTests),
 * plus one test-only count. Run: node --import tsx real-api-process.ts
 */
import { serveModuleApiForUiTests } from '@portal/module-kit/testing';
import { sql } from 'drizzle-orm';
import { feedbackModule } from '../../../../module.js';

await serveModuleApiForUiTests(feedbackModule, {
  testRoutes: (api) => ({
    /** How many reports carry a code (to prove a replayed upload created one report). */
    '/__test/report-count': async (url) => {
      const code = url.searchParams.get('code') ?? '';
      const result = await api.context.db.execute(sql`select count(*)::int as n from feedback.reports where code = ${code}`);
      return Response.json({ count: (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n });
    },
  }),
});
