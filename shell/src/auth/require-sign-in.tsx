import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Button, EmptyState, useSession, useTranslation } from '@portal/shared-ui';
import { ModuleSkeleton } from '../modules/module-skeleton.js';
import { useSignInFailed } from './shell-session.js';

/**
 * A page for signed-in users only: an anonymous visitor is sent to the sign-in page and comes
 * back here afterwards. Public pages never wait for this.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const { status, signIn } = useSession();
  const failed = useSignInFailed();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;

  // Once, when the status settles as anonymous: after a failure the button retries, not a loop.
  useEffect(() => {
    if (status === 'anonymous') signIn(here).catch(() => undefined);
  }, [status, signIn, here]);

  if (status === 'authenticated') return children;
  if (status === 'loading') return <ModuleSkeleton />;
  return (
    <EmptyState
      data-testid="sign-in-required"
      headingLevel={1}
      icon="user"
      title={t('signIn.requiredTitle')}
      description={failed ? t('signIn.failed') : t('signIn.redirecting')}
      action={
        <Button icon="user" onClick={() => signIn(here).catch(() => undefined)}>
          {t('account.signIn')}
        </Button>
      }
    />
  );
}
