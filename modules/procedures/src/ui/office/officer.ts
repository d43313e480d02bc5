import type { SessionUser } from '@portal/shared-ui';
import { hasRole } from '@portal/shared-ui/office';

export { isOfficer } from '@portal/shared-ui/office';

/** Officers, unit leads and admins (who read every agency's dossiers and act on none) open the desk screens. */
export function canReadOffice(user: SessionUser | undefined): boolean {
  return hasRole(user, 'officer', 'unit_lead', 'admin');
}
