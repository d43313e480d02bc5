import { lazy, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppBar, Icon, SmartLink, useSession, useTranslation } from '@portal/shared-ui';
import { usePortalName } from '../registry/use-portal-name.js';
import { useOnline } from '../pwa/use-online.js';
import { useSignInFailed } from '../auth/shell-session.js';
import { AccountButton } from './account-button.js';
import { LanguageSwitch } from './language-switch.js';
import './shell.css';

// Signed-in users only: it travels in the auth chunk, which their session has loaded already.
const InboxBell = lazy(async () => ({
  default: (await import(/* webpackChunkName: "auth" */ '../inbox/inbox-bell.js')).InboxBell,
}));

/** App bar, offline notice and the page; the same frame around home and every module. */
export function ShellLayout() {
  const { t } = useTranslation('shell');
  const portalName = usePortalName();
  const online = useOnline();
  const onHome = useLocation().pathname === '/';
  const signInFailed = useSignInFailed();
  const { status, user } = useSession();
  return (
    <>
      <a className="shell-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppBar
        titleAsHeading={onHome}
        leading={
          !onHome && (
            <SmartLink href="/" className="shell-home-link" aria-label={t('backHome')}>
              <Icon name="home" />
            </SmartLink>
          )
        }
        title={portalName}
        actions={
          <>
            {status === 'authenticated' && (
              <Suspense>
                <InboxBell key={user?.sub} />
              </Suspense>
            )}
            <LanguageSwitch />
            <AccountButton />
          </>
        }
      />
      {signInFailed && (
        <p className="shell-notice" role="alert">
          {t('signIn.failed')}
        </p>
      )}
      {!online && (
        <p className="shell-offline" role="status">
          <Icon name="offline" size={18} />
          {t('offline')}
        </p>
      )}
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
