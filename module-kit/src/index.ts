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
export { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from './keyset-cursor.js';
export { localizedProblem, preferredLanguage, type Lang } from './localized-problem.js';
export { fieldProblem, invalidFields, localizedForbidden, localizedNotFound, malformedMultipart, notMultipart } from './common-problems.js';
export { ProblemSchema, problemContent } from './problem-schema.js';
export { openDatabase, type Database, type DatabaseOptions, type Db, type Driver } from './db/database.js';
export { MIGRATIONS_SCHEMA, MigrationError, isSchemaUpToDate, migrateSchema } from './db/migrate.js';
export { silentLogger, type Logger } from './logger.js';
export {
  InvalidStorageKeyError,
  PHOTO_KINDS,
  UPLOAD_KINDS,
  UploadRejected,
  assertStorageKey,
  checkUpload,
  detectUploadType,
  localFileStorage,
  reencodePhoto,
  scopedStorage,
  type FileStorage,
  type ProcessedImage,
  type ReencodeOptions,
  type StoredFile,
  type UploadKind,
  type UploadRejectedCode,
  type UploadRules,
} from './files/index.js';
export { type Tx } from './db/tx.js';
export {
  EVENT_TYPE_PATTERN,
  eventSource,
  outboxTable,
  publishEvent,
  type EventNotification,
  type NewEvent,
  type OutboxTable,
  type PortalEvent,
} from './events/index.js';
export { idempotencyTable, once, requestHash, type IdempotencyTable, type StoredAnswer } from './idempotency/index.js';
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
export { demoAccountSub, nameBasedUuid } from './demo-accounts.js';
export { FOLD_FROM, FOLD_TO, containsPattern, foldForSearch, foldSqlExpression } from './search/vietnamese-fold.js';
export {
  HOLIDAYS,
  addWorkingDays,
  endOfVietnamDay,
  isWorkingDay,
  vietnamDay,
  workingDaysBetween,
  type HolidaySeed,
  type HolidaySet,
} from './calendar/index.js';
