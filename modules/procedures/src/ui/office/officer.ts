import type { SessionUser } from '@portal/shared-ui';

/** Officers and unit leads work the one-stop desk; the API checks again, this only picks what to show. */
export function isOfficer(user: SessionUser | undefined): boolean {
  return !!user && (user.roles.includes('officer') || user.roles.includes('unit_lead'));
}

/** Admins read every agency's dossiers (and act on none): they may open the desk screens too. */
export function canReadOffice(user: SessionUser | undefined): boolean {
  return isOfficer(user) || !!user?.roles.includes('admin');
}
