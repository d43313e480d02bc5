import { defineConfig } from 'vitest/config';

// Browser journeys: one file at a time (each starts a portal and a Chromium; the machine has two cores).
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['journeys/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
