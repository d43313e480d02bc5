import { Button, EmptyState, useSession, useTranslation } from '@portal/shared-ui';
import { OFFICE_NAMESPACE } from '../i18n-office.js';

/** What a citizen or a visitor sees on the officer screens: a clear statement, and sign-in when anonymous. */
export function OnlyOfficers() {
  const { t } = useTranslation(OFFICE_NAMESPACE);
  const session = useSession();
  return (
    <EmptyState
      headingLevel={1}
      icon="user"
      title={t('inbox.onlyOfficersTitle')}
      description={t('inbox.onlyOfficersHint')}
      action={
        session.status === 'anonymous' ? (
          <Button onClick={() => void session.signIn().catch(() => undefined)}>{t('inbox.signIn')}</Button>
        ) : undefined
      }
    />
  );
}
