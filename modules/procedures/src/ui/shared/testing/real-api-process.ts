/*
 * The real procedures API (migrated and seeded: the real catalog) in its own Node process for the UI
 * tests, served by module-kit. Run: node --import tsx real-api-process.ts
 */
import { serveModuleApiForUiTests } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../../module.js';

await serveModuleApiForUiTests(proceduresModule);
