import { ROLES, type Role } from '../contract.js';

/** Who is calling, as read from a verified access token. Modules read it with `getCaller(c)`. */
export interface Caller {
  /** The subject: a stable account id. */
  sub: string;
  name?: string;
  /** 12-digit citizen identity number (CCCD). */
  nationalId?: string;
  /** VNeID identity level: 2 is verified in person. */
  identityLevel?: 1 | 2;
  roles: ReadonlySet<Role>;
  /** Unit ids an officer or unit lead belongs to. */
  units: readonly string[];
  /** Date of birth 'YYYY-MM-DD' (OIDC `birthdate`). */
  birthdate?: string;
  /** Residence address, one line (OIDC `address.formatted`). */
  address?: string;
  /** The enterprise a business account represents. */
  org?: { taxCode: string; name: string };
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

/**
 * Reads a Caller from verified token claims. Roles come from `roles` and Keycloak's
 * `realm_access.roles` (both when present); role names the portal does not know are ignored, so a
 * realm's own roles (offline_access, uma_authorization…) never grant anything here.
 * @example callerFromClaims({ sub: 'u1', realm_access: { roles: ['citizen'] } }).roles.has('citizen') // true
 */
export function callerFromClaims(claims: Record<string, unknown>): Caller {
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new TypeError('the token has no subject (sub)');
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = new Set<Role>(
    [...strings(claims.roles), ...strings(realmAccess?.roles)].filter((role): role is Role => KNOWN_ROLES.has(role)),
  );
  const caller: Caller = { sub: claims.sub, roles, units: strings(claims.units) };
  if (typeof claims.name === 'string' && claims.name !== '') caller.name = claims.name;
  if (typeof claims.national_id === 'string' && claims.national_id !== '') caller.nationalId = claims.national_id;
  // Keycloak user-attribute mappers emit strings unless told the JSON type, so accept "2" as 2.
  const level = Number(claims.identity_level);
  if (level === 1 || level === 2) caller.identityLevel = level;
  if (typeof claims.birthdate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(claims.birthdate)) caller.birthdate = claims.birthdate;
  const address = claims.address as { formatted?: unknown } | string | undefined;
  const formatted = typeof address === 'string' ? address : address?.formatted;
  if (typeof formatted === 'string' && formatted !== '') caller.address = formatted;
  const org = claims.org as { tax_code?: unknown; name?: unknown } | undefined;
  if (org && typeof org.tax_code === 'string' && typeof org.name === 'string') {
    caller.org = { taxCode: org.tax_code, name: org.name };
  }
  return caller;
}

/** A claim that may be one string or a list of them (Keycloak sends single-valued attributes as strings). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Whether the caller owns a record stored with the owner's `sub`. False for anonymous callers and
 * for records without an owner.
 * @example if (!isOwner(getCaller(c), application.ownerSub)) throw ProblemError.forbidden('…');
 */
export function isOwner(caller: Caller | undefined, ownerSub: string | null | undefined): boolean {
  return caller !== undefined && typeof ownerSub === 'string' && ownerSub !== '' && caller.sub === ownerSub;
}
