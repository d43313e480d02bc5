export {
  ROLES,
  defineModule,
  remoteName,
  type Audience,
  type LocalizedText,
  type ModuleAppProps,
  type ModuleContext,
  type ModuleDatabase,
  type ModuleDefinition,
  type ModuleUi,
  type RegistryEntry,
  type Role,
} from './contract.js';
export { createModuleApi } from './api.js';
export { requireJsonBody } from './require-json.js';
export {
  PROBLEM_CONTENT_TYPE,
  ProblemError,
  fieldErrors,
  notFoundProblem,
  problemErrorHandler,
  problemResponse,
  problemTypes,
  validationProblemHook,
  type Problem,
} from './problem.js';
export { ProblemSchema, problemContent } from './problem-schema.js';
export { openDatabase, type Database, type DatabaseOptions, type Db, type Driver } from './db/database.js';
export { MIGRATIONS_SCHEMA, MigrationError, isSchemaUpToDate, migrateSchema } from './db/migrate.js';
export { silentLogger, type Logger } from './logger.js';
export { startModuleService, type ModuleServiceOptions, type RunningModuleService } from './service.js';
export {
  ALLOWED_ALGORITHMS,
  AuthUnavailableError,
  InvalidTokenError,
  authenticate,
  callerFromClaims,
  createTokenVerifier,
  getCaller,
  isOwner,
  requireAuth,
  requireRole,
  requireUnit,
  type Caller,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './auth/index.js';
