import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { RegistryEntry } from '@portal/module-kit';
import { useModuleLoader } from '../modules/module-loader-context.js';
import { fetchModules, fetchPortal, type PortalInfo } from './registry-api.js';

export type RegistryState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; modules: RegistryEntry[] };

interface RegistryContextValue {
  registry: RegistryState;
  /** Branding from /api/portal; undefined until it answered (or when it failed). */
  portal: PortalInfo | undefined;
  reload: () => void;
}

const RegistryContext = createContext<RegistryContextValue | null>(null);

/**
 * Asks the gateway which modules exist (and the portal's branding) once per page load and
 * registers them with the module loader. `reload` asks again, e.g. from a retry button.
 */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const loader = useModuleLoader();
  const [registry, setRegistry] = useState<RegistryState>({ status: 'loading' });
  const [portal, setPortal] = useState<PortalInfo | undefined>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setRegistry({ status: 'loading' });
    fetchModules(controller.signal).then(
      (modules) => {
        loader.register(modules);
        setRegistry({ status: 'ready', modules });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setRegistry({ status: 'error', error });
      },
    );
    fetchPortal(controller.signal).then(
      (info) => info && setPortal(info),
      () => undefined,
    );
    return () => controller.abort();
  }, [loader, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return <RegistryContext.Provider value={{ registry, portal, reload }}>{children}</RegistryContext.Provider>;
}

export function useRegistry(): RegistryContextValue {
  const value = useContext(RegistryContext);
  if (!value) throw new Error('useRegistry needs a <RegistryProvider>');
  return value;
}
