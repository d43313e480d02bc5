import { Button, EmptyState, useSession, useTranslation, type Role, type SessionUser } from '@portal/shared-ui';
import type { ReactNode } from 'react';
import { OFFICE_KIT_NAMESPACE } from './strings.js';

/** Whether the user holds one of `roles`. Screens use it only to pick what to show: the API checks again. */
export function hasRole(user: SessionUser | undefined, ...roles: Role[]): boolean {
  return !!user && roles.some((role) => user.roles.includes(role));
}

/** Officers and unit leads work the officer screens. */
export function isOfficer(user: SessionUser | undefined): boolean {
  return hasRole(user, 'officer', 'unit_lead');
}

export interface OfficersOnlyNoticeProps {
  /** The page's h1, e.g. "Trang này chỉ dành cho cán bộ". */
  title: string;
  /** Which account to sign in with. */
  hint: string;
}

/** What a citizen, a business or a visitor sees on an officer screen: a clear statement, and sign-in when anonymous. */
export function OfficersOnlyNotice({ title, hint }: OfficersOnlyNoticeProps) {
  const { t } = useTranslation(OFFICE_KIT_NAMESPACE);
  const session = useSession();
  const signIn = session.status === 'anonymous' ? <Button onClick={() => void session.signIn().catch(() => undefined)}>{t('signIn')}</Button> : undefined;
  return <EmptyState headingLevel={1} icon="user" title={title} description={hint} action={signIn} />;
}

export interface OfficersOnlyProps extends OfficersOnlyNoticeProps {
  /** Who may see the screen, e.g. `isOfficer`. */
  allow: (user: SessionUser | undefined) => boolean;
  /** Said while the shell still checks who is signed in. */
  loading: string;
  /** The screen, given the signed-in user. */
  children: (user: SessionUser) => ReactNode;
}

/**
 * Shows `children` only to the users `allow` admits, the notice to everyone else.
 * @example
 * <OfficersOnly allow={isOfficer} loading={t('loading')} title={t('onlyTitle')} hint={t('onlyHint')}>
 *   {(user) => <Inbox units={user.units} />}
 * </OfficersOnly>
 */
export function OfficersOnly({ allow, loading, title, hint, children }: OfficersOnlyProps) {
  const session = useSession();
  if (session.status === 'loading') return <p role="status">{loading}</p>;
  if (!session.user || !allow(session.user)) return <OfficersOnlyNotice title={title} hint={hint} />;
  return children(session.user);
}
