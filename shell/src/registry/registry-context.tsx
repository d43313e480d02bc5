import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { RegistryEntry } from '@portal/module-kit';
import { useSession } from '@portal/shared-ui';
import { useModuleLoader } from '../modules/module-loader-context.js';
import { fetchModules, fetchPortal, type PortalInfo } from './registry-api.js';

export type RegistryState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; modules: RegistryEntry[]; audience: string };

interface RegistryContextValue {
  registry: RegistryState;
  /** Branding from /api/portal; undefined until it answered (or when it failed). */
  portal: PortalInfo | undefined;
  /** False while the list shown is still the one of the previous session (e.g. just signed in). */
  forCurrentSession: boolean;
  reload: () => void;
}

const RegistryContext = createContext<RegistryContextValue | null>(null);

/**
 * Asks the gateway which modules this visitor may open (again whenever the signed-in user
 * changes: an officer sees officers' modules) and registers them with the module loader; the
 * portal's branding once per page load. `reload` asks again, e.g. from a retry button.
 */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const loader = useModuleLoader();
  const session = useSession();
  const [registry, setRegistry] = useState<RegistryState>({ status: 'loading' });
  const [portal, setPortal] = useState<PortalInfo | undefined>();
  const [generation, setGeneration] = useState(0);
  // Whose list it is: a still-loading session asks as anonymous, and a new token for the same
  // user and roles (a refresh) asks nothing.
  const audience = session.user ? `${session.user.sub}:${session.user.roles.join(',')}` : 'anonymous';
  const sessionFetch = session.fetch;

  useEffect(() => {
    let current = true;
    fetchPortal().then((info) => current && info && setPortal(info));
    return () => {
      current = false;
    };
  }, [generation]);

  useEffect(() => {
    const controller = new AbortController();
    setRegistry((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    fetchModules(sessionFetch, controller.signal).then(
      (modules) => {
        loader.register(modules);
        setRegistry({ status: 'ready', modules, audience });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setRegistry({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [loader, generation, audience, sessionFetch]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const forCurrentSession = session.status !== 'loading' && (registry.status !== 'ready' || registry.audience === audience);
  return (
    <RegistryContext.Provider value={{ registry, portal, forCurrentSession, reload }}>{children}</RegistryContext.Provider>
  );
}

export function useRegistry(): RegistryContextValue {
  const value = useContext(RegistryContext);
  if (!value) throw new Error('useRegistry needs a <RegistryProvider>');
  return value;
}
