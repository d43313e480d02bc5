import { Button, useTranslation } from '@portal/shared-ui';
import type { PositionState } from '../hooks/use-position.js';
import { NAMESPACE } from '../i18n.js';

const MESSAGE_KEYS: Partial<Record<PositionState['status'], string>> = {
  locating: 'location.locating',
  ready: 'location.sorted',
  denied: 'location.denied',
  unavailable: 'location.unavailable',
};

/** "Use my location": the browser asks for permission only after this tap. */
export function LocationControl({ position, onRequest }: { position: PositionState; onRequest: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const messageKey = MESSAGE_KEYS[position.status];
  return (
    <div className="hotlines-location">
      <Button variant="secondary" icon="location" block onClick={onRequest} disabled={position.status === 'locating'}>
        {t('location.use')}
      </Button>
      <p className="hotlines-location__message" role="status">
        {messageKey ? t(messageKey) : ''}
      </p>
    </div>
  );
}
