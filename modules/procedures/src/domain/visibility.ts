import type { Caller } from '@portal/module-kit';
import type { EventVisibility } from '../contract/domain.js';
import type { DossierRow } from '../db/schema.js';

/**
 * Who may see a dossier: its applicant; for a business dossier every representative of the same
 * enterprise (same tax code); officers of the handling agency; admins (read only). Everyone else gets a
 * 404, as if it did not exist. Reads, writes and file downloads all decide with viewerOf.
 */

type MaybeCaller = Caller | null | undefined;
export type VisibilityRow = Pick<DossierRow, 'applicantSub' | 'applicantType' | 'orgTaxCode' | 'agencyId' | 'status'>;
export type Viewer = 'officer' | 'admin' | 'applicant';

export const isAdmin = (caller: MaybeCaller): boolean => caller?.roles.has('admin') ?? false;

/** An officer (or unit lead) of the agency's one-stop desk: the agency id is the unit id. */
export function isOfficerOf(caller: MaybeCaller, agencyId: string): boolean {
  if (!caller) return false;
  return (caller.roles.has('officer') || caller.roles.has('unit_lead')) && caller.units.includes(agencyId);
}

/** The applicant, or a representative of the applicant enterprise. */
export function isApplicantOf(caller: MaybeCaller, row: Pick<DossierRow, 'applicantSub' | 'applicantType' | 'orgTaxCode'>): boolean {
  if (!caller) return false;
  if (caller.sub === row.applicantSub) return true;
  return (
    row.applicantType === 'business' &&
    row.orgTaxCode !== null &&
    caller.roles.has('business') &&
    caller.org?.taxCode === row.orgTaxCode
  );
}

/**
 * How the caller sees the dossier, or null (→ 404). Drafts are the applicant's alone: the agency sees a
 * dossier only once it is submitted.
 */
export function viewerOf(caller: MaybeCaller, row: VisibilityRow): Viewer | null {
  if (isApplicantOf(caller, row)) return 'applicant';
  if (row.status === 'draft') return null;
  if (isOfficerOf(caller, row.agencyId)) return 'officer';
  if (isAdmin(caller)) return 'admin';
  return null;
}

export function timelineVisibilityFor(viewer: Viewer): readonly EventVisibility[] {
  return viewer === 'applicant' ? ['applicant'] : ['applicant', 'internal'];
}
