import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/module-kit';

/** The gateway's own Postgres schema; modules never read or write it. */
export const platform = pgSchema('platform');

/**
 * The module registry: which modules the home grid offers, at which published UI version, to whom.
 * Descriptive columns follow the installed package; `enabled` and `version` belong to the operator.
 */
export const modules = platform.table('modules', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi'),
  descriptionEn: text('description_en'),
  icon: text('icon').notNull(),
  /** Roles that see the module; ['public'] means everyone, anonymous visitors included. */
  audience: text('audience').array().notNull(),
  version: text('version').notNull(),
  /** URL of the remote's mf-manifest.json (or remoteEntry.js); same-origin under /m/<id>/<version>/. */
  remoteEntry: text('remote_entry').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  order: integer('order').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ModuleRow = typeof modules.$inferSelect;
export type NewModuleRow = typeof modules.$inferInsert;

/**
 * People who can sign in to the embedded identity provider (the default; a real Keycloak keeps its
 * own users). `national_id` is the 12-digit CCCD used as the login id; business representatives also
 * carry their enterprise. The throttle columns live here so every gateway instance sees them.
 */
export const accounts = platform.table('accounts', {
  id: text('id').primaryKey(),
  nationalId: text('national_id').notNull().unique(),
  name: text('name').notNull(),
  /** VNeID identity level: 1 (basic) or 2 (verified in person). */
  identityLevel: integer('identity_level').notNull(),
  roles: text('roles').array().notNull(),
  units: text('units').array().notNull().default([]),
  orgTaxCode: text('org_tax_code'),
  orgName: text('org_name'),
  /** Date of birth 'YYYY-MM-DD' and residence address, as the national population database holds them; forms pre-fill them. */
  birthdate: text('birthdate'),
  address: text('address'),
  /** `scrypt$N$r$p$<salt b64url>$<hash b64url>` (see identity/password.ts). */
  passwordHash: text('password_hash').notNull(),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type AccountRow = typeof accounts.$inferSelect;

/** oidc-provider's state (sessions, grants, codes, refresh tokens, interactions), one row per model instance. */
export const oidcPayloads = platform.table(
  'oidc_payloads',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.id] }),
    index('oidc_payloads_grant_id_idx').on(table.grantId),
    index('oidc_payloads_uid_idx').on(table.uid),
    index('oidc_payloads_expires_at_idx').on(table.expiresAt),
  ],
);

/**
 * The provider's keys: `signing` (JWK with private part; the newest unretired one signs) and `cookie`
 * (secrets that sign its cookies). A retired signing key stays published until `retired_at` plus the
 * longest token lifetime, so tokens it signed keep verifying until they expire.
 */
export const identityKeys = platform.table('identity_keys', {
  kid: text('kid').primaryKey(),
  use: text('use').notNull(),
  material: jsonb('material').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

export type IdentityKeyRow = typeof identityKeys.$inferSelect;

/**
 * Which consumer already handled which outbox event (events/outbox-relay.ts): a redelivered event
 * skips the consumers that succeeded before, so only the failed ones run again.
 */
export const eventDeliveries = platform.table(
  'event_deliveries',
  {
    /** 'platform.notifications', or 'module:<id>' for a module's subscriber. */
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.consumer, table.eventId] }), index('event_deliveries_delivered_at_idx').on(table.deliveredAt)],
);

/** The in-app inbox: one row per (event, recipient), written by the relay from an event's `notify`. */
export const notifications = platform.table(
  'notifications',
  {
    id: bigint('id', { mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: uuid('event_id').notNull(),
    recipientSub: text('recipient_sub').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>(),
    /** A same-origin shell path (checked on insert), never another origin or a script URL. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    unique('notifications_event_recipient_key').on(table.eventId, table.recipientSub),
    index('notifications_recipient_idx').on(table.recipientSub, table.id.desc()),
    // the shell polls the unread count: keep that lookup to the few unread rows
    index('notifications_unread_idx').on(table.recipientSub).where(sql`${table.readAt} is null`),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
