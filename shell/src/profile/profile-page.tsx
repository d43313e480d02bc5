import { useEffect } from 'react';
import { Button, Card, PageHeader, maskNationalId, useSession, useTranslation } from '@portal/shared-ui';
import { usePortalName } from '../registry/use-portal-name.js';
import { PROFILE_NAMESPACE, registerProfileStrings } from './profile-strings.js';
import './profile.css';

registerProfileStrings();

/** `/profile` (signed-in only): who the user is to the portal, national id masked. */
export function ProfilePage() {
  const { t } = useTranslation(PROFILE_NAMESPACE);
  const { user, signOut } = useSession();
  const portalName = usePortalName();

  useEffect(() => {
    document.title = `${t('title')} · ${portalName}`;
  }, [t, portalName]);

  if (!user) return null;
  return (
    <>
      <PageHeader title={user.name} backHref="/" />
      <Card title={t('title')}>
        <dl className="shell-profile" data-testid="profile">
          <dt>{t('nationalId')}</dt>
          <dd data-testid="profile-national-id">{user.nationalId ? maskNationalId(user.nationalId) : t('notProvided')}</dd>
          {user.identityLevel && (
            <>
              <dt>{t('identityLevel')}</dt>
              <dd>{t(`levels.${user.identityLevel}`)}</dd>
            </>
          )}
          <dt>{t('roles')}</dt>
          <dd>{user.roles.length > 0 ? user.roles.map((role) => t(`roleNames.${role}`)).join(', ') : t('notProvided')}</dd>
          {user.units.length > 0 && (
            <>
              <dt>{t('units')}</dt>
              <dd>
                <ul className="shell-profile__units">
                  {user.units.map((unit) => (
                    <li key={unit}>{unit}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {user.org && (
            <>
              <dt>{t('enterprise')}</dt>
              <dd>
                {user.org.name}
                <br />
                {t('taxCode')}: {user.org.taxCode}
              </dd>
            </>
          )}
        </dl>
      </Card>
      <div className="shell-profile__actions">
        <Button variant="secondary" block onClick={() => void signOut()} data-testid="sign-out">
          {t('signOut')}
        </Button>
      </div>
    </>
  );
}
