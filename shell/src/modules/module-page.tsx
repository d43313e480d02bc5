import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useLanguage } from '@portal/shared-ui';
import { RegistryErrorState } from '../registry/registry-error-state.js';
import { useRegistry } from '../registry/registry-context.js';
import { usePortalName } from '../registry/use-portal-name.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { ModuleHost } from './module-host.js';
import { ModuleSkeleton } from './module-skeleton.js';

/** `/m/:moduleId/*`: the module from the registry, or "not found" for an id it does not list. */
export function ModulePage() {
  const { moduleId } = useParams();
  const { registry, forCurrentSession } = useRegistry();
  const { language } = useLanguage();
  const portalName = usePortalName();
  const entry = registry.status === 'ready' ? registry.modules.find((module) => module.id === moduleId) : undefined;

  useEffect(() => {
    if (entry) document.title = `${entry.names[language]} · ${portalName}`;
  }, [entry, language, portalName]);

  // A module for signed-in roles is listed once the session check is over: wait for it.
  if (registry.status === 'loading' || (!entry && !forCurrentSession)) return <ModuleSkeleton />;
  if (registry.status === 'error') return <RegistryErrorState />;
  if (!entry) return <NotFoundPage kind="module" />;
  return <ModuleHost entry={entry} />;
}
