export { openTestDatabase } from './test-database.js';
export { startModuleApi, type HarnessRequestOptions, type ModuleApiHarness } from './start-module-api.js';
export { testCaller } from './callers.js';
export { serveModuleApiForUiTests, type TestRoutes } from './serve-module-api.js';
