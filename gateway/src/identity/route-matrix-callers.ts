// The callers of the role × route matrix (route-matrix.test.ts) and the shorthands its rows are written with.

export const CALLERS = ['anonymous', 'citizen', 'other_citizen', 'business', 'officer', 'unit_lead', 'desk_officer', 'admin'] as const;
export type CallerKind = (typeof CALLERS)[number];

/**
 * The demo accounts behind each kind. `officer` and `unit_lead` work for feedback units (the city Electricity
 * company, the Urban Management Department); `desk_officer` works at the city's one-stop desk
 * (bp-mot-cua-tp-dbp), the agency of the procedures sample dossier; `other_citizen` owns neither sample.
 */
export const SIGN_IN: Record<Exclude<CallerKind, 'anonymous'>, { id: string; taxCode?: string }> = {
  citizen: { id: '001090000001' },
  other_citizen: { id: '001090000002' },
  business: { id: '001090000004', taxCode: '5600123456' },
  officer: { id: '001090000013' },
  unit_lead: { id: '001090000014' },
  desk_officer: { id: '001090000015' },
  admin: { id: '001090000099' },
};

export type Expected = Record<CallerKind, number>;

export const everyone = (status: number): Expected => Object.fromEntries(CALLERS.map((c) => [c, status])) as Expected;
/** Admin-only: 401 without a token, 403 with a token lacking the role, `adminStatus` once past the guard. */
export const adminOnly = (adminStatus: number): Expected => ({ ...everyone(403), anonymous: 401, admin: adminStatus });
export const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Officers and unit leads past the guard (whatever their unit); citizens, businesses and admins (read-only) refused. */
export const office = (status: number): Expected => ({ ...everyone(403), anonymous: 401, officer: status, unit_lead: status, desk_officer: status });
/** Citizens and businesses past the guard; staff refused. */
export const applicants = (status: number): Expected => ({
  ...everyone(403),
  anonymous: 401,
  citizen: status,
  other_citizen: status,
  business: status,
});
