import type { Caller } from '@portal/module-kit';
import type { EventVisibility } from '../../contract/domain.js';
import type { ReportRow } from '../../db/schema.js';

/**
 * Who may see what of a report (feedback.md, "Who sees what"). Reads and writes both decide with these,
 * so a private report is never revealed by one route and hidden by another.
 */

type MaybeCaller = Caller | null | undefined;
export type VisibilityRow = Pick<ReportRow, 'isPublic' | 'reporterSub' | 'unitId'>;

/** How the caller sees one report; null when the report must look like it does not exist (404). */
export type Viewer = 'admin' | 'officer' | 'reporter' | 'public';

export const isAdmin = (caller: MaybeCaller): boolean => caller?.roles.has('admin') ?? false;

/** An officer (or unit lead) of `unitId`: the report's current unit decides, not who handled it before. */
export function isOfficerOf(caller: MaybeCaller, unitId: string): boolean {
  if (!caller) return false;
  const officer = caller.roles.has('officer') || caller.roles.has('unit_lead');
  return officer && caller.units.includes(unitId);
}

export function isUnitLeadOf(caller: MaybeCaller, unitId: string): boolean {
  return !!caller && caller.roles.has('unit_lead') && caller.units.includes(unitId);
}

export function isReporterOf(caller: MaybeCaller, row: Pick<ReportRow, 'reporterSub'>): boolean {
  return !!caller && caller.sub === row.reporterSub;
}

/**
 * The strongest way the caller may see the report. Officers of the current unit come before the reporter
 * (an officer reporting a problem in their own unit still works it as an officer).
 */
export function viewerOf(caller: MaybeCaller, row: VisibilityRow): Viewer | null {
  if (isOfficerOf(caller, row.unitId)) return 'officer';
  if (isAdmin(caller)) return 'admin';
  if (isReporterOf(caller, row)) return 'reporter';
  if (row.isPublic) return 'public';
  return null;
}

export const canSeeReport = (caller: MaybeCaller, row: VisibilityRow): boolean => viewerOf(caller, row) !== null;

/** Timeline entries the caller sees: internal notes only for officers of the current unit and admins. */
export function timelineVisibilityFor(caller: MaybeCaller, row: VisibilityRow): readonly EventVisibility[] {
  switch (viewerOf(caller, row)) {
    case 'officer':
    case 'admin':
      return ['public', 'reporter', 'internal'];
    case 'reporter':
      return ['public', 'reporter'];
    case 'public':
      return ['public'];
    default:
      return [];
  }
}

/** Name, phone and national id of the reporter: the reporter, the handling unit and admins only. */
export function canSeeReporterData(caller: MaybeCaller, row: VisibilityRow): boolean {
  const viewer = viewerOf(caller, row);
  return viewer === 'officer' || viewer === 'admin' || viewer === 'reporter';
}

/** Officers' names and the handler: inside the administration only (the public sees units). */
export function canSeeStaffNames(caller: MaybeCaller, row: VisibilityRow): boolean {
  const viewer = viewerOf(caller, row);
  return viewer === 'officer' || viewer === 'admin';
}

/** The audit trail: the lead of the report's current unit, and admins. */
export const canSeeAudit = (caller: MaybeCaller, row: VisibilityRow): boolean =>
  isAdmin(caller) || isUnitLeadOf(caller, row.unitId);
