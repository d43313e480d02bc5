import { defineConfig } from 'vitest/config';

// One project per package; database suites take a few seconds to start PGlite, hence the generous hook timeout.
// The browser journeys have their own config (e2e/vitest.config.ts) and run after the builds.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'module-kit', root: 'module-kit', environment: 'node' } },
      { extends: true, test: { name: 'gateway', root: 'gateway', environment: 'node' } },
      { extends: true, test: { name: 'modules', root: 'modules', include: ['*/src/**/*.test.ts', '*/src/**/*.test.tsx', '*/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'shared-ui', root: 'shared-ui', environment: 'happy-dom' } },
      { extends: true, test: { name: 'shell', root: 'shell', environment: 'happy-dom' } },
      { extends: true, test: { name: 'repo', root: 'scripts', environment: 'node' } },
    ],
  },
});
