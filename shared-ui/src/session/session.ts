/** The portal's roles, as the sign-on tokens name them. */
export const ROLES = ['citizen', 'business', 'officer', 'unit_lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is signed in, read from the access token by the shell. */
export interface SessionUser {
  sub: string;
  name: string;
  /** Số CCCD, 12 digits. Show it masked (`maskNationalId`). */
  nationalId?: string;
  /** VNeID identity level (mức 1 / mức 2). */
  identityLevel?: 1 | 2;
  roles: readonly Role[];
  /** The units an officer or unit lead works in. */
  units: readonly string[];
  /** The enterprise a business account represents. */
  org?: { taxCode: string; name: string };
}

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

/** What the shell provides to itself and to every module (`useSession()`). */
export interface Session {
  status: SessionStatus;
  user?: SessionUser;
  /** Goes to the sign-in page; back on `redirectPath` (default: the current page) afterwards. */
  signIn(redirectPath?: string): Promise<void>;
  /** Ends the session at the identity provider and comes back to the home page. */
  signOut(): Promise<void>;
  /**
   * `fetch` that sends `Authorization: Bearer <token>` to the portal's own origin while signed in,
   * refreshing the token first when it expires within 30 s. Anonymous: a plain fetch.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * The bearer token for the portal's own origin (valid 30 s more, refreshed first), or undefined when
   * anonymous: only for what `fetch` cannot do, such as an upload that reports progress (XMLHttpRequest),
   * and only to the portal's own origin, as `fetch` does.
   * Optional because a module is published without rebuilding the shell: an older shell gives none.
   */
  token?: () => Promise<string | undefined>;
}

/** Shows only the last 4 digits: "001090000001" → "•••• •••• 0001". */
export function maskNationalId(nationalId: string): string {
  const digits = nationalId.replace(/\D/g, '');
  if (digits.length <= 4) return '•'.repeat(digits.length);
  return `•••• •••• ${digits.slice(-4)}`;
}
