import { ErrorState, useTranslation } from '@portal/shared-ui';
import { useRegistry } from './registry-context.js';

/** The registry could not be reached (offline with nothing cached, or the gateway is down). */
export function RegistryErrorState() {
  const { t } = useTranslation('shell');
  const { reload } = useRegistry();
  return (
    <ErrorState
      data-testid="registry-error"
      icon="offline"
      title={t('registry.errorTitle')}
      description={t('registry.errorDescription')}
      onRetry={reload}
    />
  );
}
