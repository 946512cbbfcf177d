/** The server's API for tests and the Socket.IO gateway. */
export { buildApp, type AppDeps, type PlacardApp } from './app.ts';
export { systemClock, type Clock } from './clock.ts';
export { ConfigError, loadConfig, placardVersion, type Config, type LogLevel } from './config.ts';
export { CommitteeIdTakenError, chooseCommitteeId, slugify } from './committees/committeeId.ts';
export { boardLink, chairLink, seatLink } from './committees/links.ts';
export {
  provisionCommittee,
  type ProvisionedCommittee,
  type ProvisionRequest,
} from './committees/provision.ts';
export { defaultPublicUrl, lanAddresses } from './lanAddress.ts';
export {
  UnknownSeatError,
  createCommitteeAccess,
  type AccessChange,
  type CommitteeAccess,
  type Credential,
  type IssuedKeys,
  type ReissueRequest,
  type ResolvedRole,
} from './security/access.ts';
export { ensureAdminKey, isAdminKey, type AdminKeySetup } from './security/adminKey.ts';
export {
  createFailureLimiter,
  defaultFailureLimits,
  type FailureLimiter,
  type FailureLimitOptions,
} from './security/failureLimiter.ts';
export {
  formatShortCode,
  generateSecret,
  hashSecret,
  normalizeSecret,
  secretMatches,
} from './security/keys.ts';
export { seedDefaultCommittee } from './seed.ts';
export type { PlacardServices } from './services.ts';
export { startupBanner, type StartupReport } from './startup.ts';
export {
  createCommitteeRepository,
  topicOf,
  type CommitteeRecord,
  type CommitteeRepository,
  type SeatRecord,
} from './storage/committees.ts';
export { databaseIsHealthy, openDatabase, type Db } from './storage/database.ts';
export { UnknownCommitteeError } from './storage/errors.ts';
export {
  createEventStore,
  type AppendCommand,
  type AppendResult,
  type EventRecord,
  type EventStore,
  type LoadedLog,
  type RecordedCommand,
  type Snapshot,
  type StoredEvent,
} from './storage/eventStore.ts';
export {
  MigrationError,
  appliedMigrations,
  defaultMigrationsDir,
  runMigrations,
  type MigrationReport,
} from './storage/migrations.ts';
export { committeeTemplates, defaultTemplateName, templateNames } from './templates/index.ts';
export { securityCouncil2026 } from './templates/securityCouncil2026.ts';
export { attachLive, defaultRateLimit, type Live, type LiveOptions } from './live/index.ts';
export { CommitteeRoom } from './live/committeeRoom.ts';
