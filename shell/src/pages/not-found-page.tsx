import { useEffect } from 'react';
import { Button, EmptyState, useTranslation } from '@portal/shared-ui';
import { usePortalName } from '../registry/use-portal-name.js';

/** An unknown module id or an unknown address. */
export function NotFoundPage({ kind = 'page' }: { kind?: 'module' | 'page' }) {
  const { t } = useTranslation('shell');
  const portalName = usePortalName();
  const title = kind === 'module' ? t('notFound.moduleTitle') : t('notFound.pageTitle');

  useEffect(() => {
    document.title = `${title} · ${portalName}`;
  }, [title, portalName]);

  return (
    <EmptyState
      data-testid="not-found"
      headingLevel={1}
      icon="search"
      title={title}
      description={kind === 'module' ? t('notFound.moduleDescription') : t('notFound.pageDescription')}
      action={
        <Button href="/" icon="home" variant="secondary">
          {t('backHome')}
        </Button>
      }
    />
  );
}
