import { createContext, useContext } from 'react';

/** Where the shell mounted the module (`/m/feedback`), so links work from any nested route. */
export const BasePathContext = createContext('/m/feedback');

/** Absolute path inside the module: `modulePath('reports/PA-2026-000123')`. */
export function useModulePath(): (path?: string) => string {
  const base = useContext(BasePathContext).replace(/\/$/, '');
  return (path = '') => (path ? `${base}/${path.replace(/^\//, '')}` : base);
}
