import { createContext, useContext } from 'react';

/** Where the shell mounted the module (`/m/procedures`), so links work from any nested route. */
export const BasePathContext = createContext('/m/procedures');

/** Absolute path inside the module: `modulePath('dossiers/…')`. */
export function useModulePath(): (path?: string) => string {
  const base = useContext(BasePathContext).replace(/\/$/, '');
  return (path = '') => (path ? `${base}/${path.replace(/^\//, '')}` : base);
}
