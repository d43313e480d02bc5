import { isRole, type Role, type SessionUser } from '@portal/shared-ui';

interface TokenClaims {
  sub?: unknown;
  name?: unknown;
  preferred_username?: unknown;
  national_id?: unknown;
  identity_level?: unknown;
  roles?: unknown;
  realm_access?: { roles?: unknown };
  units?: unknown;
  org?: { tax_code?: unknown; name?: unknown };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The user as the access token describes them. Roles come from `roles` or Keycloak's
 * `realm_access.roles`; names the portal does not know are ignored.
 */
export function userFromClaims(claims: TokenClaims): SessionUser | undefined {
  if (typeof claims.sub !== 'string') return undefined;
  const roles = [...new Set([...strings(claims.roles), ...strings(claims.realm_access?.roles)])].filter(isRole) as Role[];
  const nationalId = typeof claims.national_id === 'string' ? claims.national_id : undefined;
  const name =
    typeof claims.name === 'string' ? claims.name : typeof claims.preferred_username === 'string' ? claims.preferred_username : (nationalId ?? claims.sub);
  const level = claims.identity_level === 1 || claims.identity_level === 2 ? claims.identity_level : undefined;
  const org =
    typeof claims.org?.tax_code === 'string' && typeof claims.org.name === 'string'
      ? { taxCode: claims.org.tax_code, name: claims.org.name }
      : undefined;
  return {
    sub: claims.sub,
    name,
    roles,
    units: strings(claims.units),
    ...(nationalId && { nationalId }),
    ...(level && { identityLevel: level }),
    ...(org && { org }),
  };
}
