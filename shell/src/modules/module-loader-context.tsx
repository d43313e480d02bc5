import { createContext, useContext, type ReactNode } from 'react';
import type { ModuleLoader } from './module-loader.js';

const ModuleLoaderContext = createContext<ModuleLoader | null>(null);

export function ModuleLoaderProvider({ loader, children }: { loader: ModuleLoader; children: ReactNode }) {
  return <ModuleLoaderContext.Provider value={loader}>{children}</ModuleLoaderContext.Provider>;
}

export function useModuleLoader(): ModuleLoader {
  const loader = useContext(ModuleLoaderContext);
  if (!loader) throw new Error('useModuleLoader needs a <ModuleLoaderProvider>');
  return loader;
}
