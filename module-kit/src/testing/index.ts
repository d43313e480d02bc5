export { openTestDatabase } from './test-database.js';
export { startModuleApi, type ModuleApiHarness } from './start-module-api.js';
