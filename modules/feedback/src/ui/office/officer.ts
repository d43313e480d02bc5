import type { SessionUser } from '@portal/shared-ui';

/** Officers and unit leads handle reports; the API checks again, this only picks what to show. */
export function isOfficer(user: SessionUser | undefined): boolean {
  return !!user && (user.roles.includes('officer') || user.roles.includes('unit_lead'));
}

export function isUnitLead(user: SessionUser | undefined): boolean {
  return !!user && user.roles.includes('unit_lead');
}
