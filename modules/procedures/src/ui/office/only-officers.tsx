import { Button, EmptyState, useSession } from '@portal/shared-ui';
import { useOfficeTexts } from './use-texts.js';

/** What a citizen, a business or a visitor sees on the desk screens: a polite statement, and sign-in when anonymous. */
export function OnlyOfficers() {
  const { t } = useOfficeTexts();
  const session = useSession();
  return (
    <EmptyState
      headingLevel={1}
      icon="user"
      title={t('onlyOfficers.title')}
      description={t('onlyOfficers.hint')}
      action={
        session.status === 'anonymous' ? (
          <Button onClick={() => void session.signIn().catch(() => undefined)}>{t('onlyOfficers.signIn')}</Button>
        ) : undefined
      }
    />
  );
}
