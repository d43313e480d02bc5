import { useLocation } from 'react-router';
import { Icon, SmartLink, useSession, useTranslation } from '@portal/shared-ui';

/** Vietnamese names end with the given name ("Nguyễn Văn An" → "An"): short enough for a phone's app bar. */
function givenName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** The app bar's account corner: "Đăng nhập" for visitors, the user's name (→ profile) when signed in. */
export function AccountButton() {
  const { t } = useTranslation('shell');
  const { status, user, signIn } = useSession();
  const { pathname, search } = useLocation();

  if (status === 'loading') return <span className="shell-account shell-account--pending" aria-hidden="true" />;
  if (status === 'authenticated' && user) {
    return (
      <SmartLink
        href="/profile"
        className="shell-account"
        data-testid="account-link"
        aria-label={t('account.open', { name: user.name })}
      >
        <Icon name="user" size={20} />
        <span className="shell-account__name">{givenName(user.name)}</span>
      </SmartLink>
    );
  }
  return (
    <button
      type="button"
      className="shell-account"
      data-testid="sign-in-button"
      onClick={() => signIn(`${pathname}${search}`).catch(() => undefined)}
    >
      <Icon name="user" size={20} />
      <span>{t('account.signIn')}</span>
    </button>
  );
}
