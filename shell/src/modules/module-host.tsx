import { useState } from 'react';
import type { RegistryEntry } from '@portal/module-kit';
import { ErrorState, useLanguage, useTranslation } from '@portal/shared-ui';
import { ModuleErrorBoundary } from './module-error-boundary.js';
import { RemoteModule } from './remote-module.js';

/**
 * One module behind its own error boundary. "Thử lại" mounts a fresh boundary and loader call,
 * so a module that failed to load (or crashed) gets a real second chance.
 */
export function ModuleHost({ entry }: { entry: RegistryEntry }) {
  const { t } = useTranslation('shell');
  const { language } = useLanguage();
  const [attempt, setAttempt] = useState(0);
  return (
    <ModuleErrorBoundary
      key={`${entry.id}@${entry.version}#${attempt}`}
      fallback={() => (
        <ErrorState
          data-testid="module-fallback"
          headingLevel={1}
          title={t('module.errorTitle')}
          description={t('module.errorDescription', { name: entry.names[language] })}
          onRetry={() => setAttempt((value) => value + 1)}
        />
      )}
    >
      <RemoteModule entry={entry} />
    </ModuleErrorBoundary>
  );
}
