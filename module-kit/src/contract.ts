import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from './logger.js';
import type { Db } from './db/database.js';
import type { FileStorage } from './files/storage.js';
import type { PortalEvent } from './events/types.js';

/** Roles carried in tokens (see DESIGN.md, Identity). */
export const ROLES = ['citizen', 'business', 'officer', 'unit_lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who sees a module: everyone (also anonymous visitors), or only holders of one of these roles. */
export type Audience = 'public' | readonly Role[];

export interface LocalizedText {
  vi: string;
  en: string;
}

/** What a module's API factory receives from the host (gateway or its own service). */
export interface ModuleContext {
  db: Db;
  log: Logger;
  /** This module's own file store: keys live under '<moduleId>/' (see README, Files and uploads). */
  files: FileStorage;
}

export interface ModuleDatabase {
  /** The Postgres schema this module owns; all its tables live in it. */
  schema: string;
  /** Absolute path of the drizzle-kit migrations folder (the one holding meta/_journal.json). */
  migrationsFolder: string;
  /** Sample data, run after migrations when the host seeds; must be idempotent. */
  seed?: (ctx: ModuleContext) => Promise<void>;
}

export interface ModuleUi {
  /** Absolute path of the folder the remote build writes (holds mf-manifest.json). */
  distFolder: string;
}

export interface ModuleDefinition {
  /** kebab-case id: URL segment under /api/<id> and /m/<id>. */
  id: string;
  /** The package version; the version a fresh install publishes. */
  version: string;
  names: LocalizedText;
  descriptions?: LocalizedText;
  /** An icon name from shared-ui's icon set. */
  icon: string;
  audience: Audience;
  /** Position on the home grid; lower comes first. */
  order: number;
  api?: (ctx: ModuleContext) => OpenAPIHono;
  db?: ModuleDatabase;
  ui?: ModuleUi;
  /** Events this module writes to its outbox (`<db.schema>.outbox`) and events it consumes. */
  events?: {
    publishes?: readonly string[];
    /** Handlers run by the platform relay, at least once per event: must be idempotent. */
    subscribes?: Readonly<Record<string, (event: PortalEvent, ctx: ModuleContext) => Promise<void>>>;
  };
}

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Declares a module; checks the parts a typo would silently break. */
export function defineModule(definition: ModuleDefinition): ModuleDefinition {
  if (!ID_PATTERN.test(definition.id)) {
    throw new Error(`module id "${definition.id}" must be kebab-case (a-z, 0-9, dashes)`);
  }
  if (definition.audience !== 'public' && definition.audience.length === 0) {
    throw new Error(`module "${definition.id}": audience must be 'public' or name at least one role`);
  }
  for (const type of definition.events?.publishes ?? []) {
    if (!type.startsWith(`${definition.id}.`)) {
      throw new Error(`module "${definition.id}": published event type "${type}" must start with "${definition.id}."`);
    }
  }
  return definition;
}

/** The Module Federation container name of a module (a JS identifier). */
export function remoteName(moduleId: string): string {
  return `portal_${moduleId.replace(/-/g, '_')}`;
}

/** Props the shell passes to a module's exposed `./App`. */
export interface ModuleAppProps {
  /** Where the module is mounted, e.g. "/m/hotlines"; its routes are relative to it. */
  basePath: string;
  /** The module version being shown (from the registry). */
  version: string;
}

/** One entry of GET /api/modules. */
export interface RegistryEntry {
  id: string;
  version: string;
  names: LocalizedText;
  descriptions?: LocalizedText;
  icon: string;
  order: number;
  remote: { name: string; entry: string };
}
