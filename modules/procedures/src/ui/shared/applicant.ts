import type { SessionUser } from '@portal/shared-ui';
import type { ApplicantType } from '../../contract/domain.js';

/** The applicant type a signed-in user applies as (a business account first), or null for officers and admins. */
export function applicantTypeOf(user: SessionUser | undefined): ApplicantType | null {
  if (!user) return null;
  if (user.roles.includes('business')) return 'business';
  if (user.roles.includes('citizen')) return 'citizen';
  return null;
}

/** Officers and unit leads work at the one-stop desk. */
export function isOfficer(user: SessionUser | undefined): boolean {
  return Boolean(user?.roles.some((role) => role === 'officer' || role === 'unit_lead'));
}
