import { useEffect, useState } from 'react';
import type { RegistryEntry } from '@portal/module-kit';
import type { ModuleApp } from './module-loader.js';
import { useModuleLoader } from './module-loader-context.js';
import { ModuleSkeleton } from './module-skeleton.js';

type LoadState = { status: 'loading' } | { status: 'ready'; App: ModuleApp } | { status: 'failed'; error: unknown };

/**
 * Loads one module's `./App` and renders it at `/m/<id>` with its basePath and version. A load
 * failure is thrown during render so the surrounding ModuleErrorBoundary shows the fallback.
 */
export function RemoteModule({ entry }: { entry: RegistryEntry }) {
  const loader = useModuleLoader();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loader.load(entry).then(
      (App) => current && setState({ status: 'ready', App }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [loader, entry]);

  if (state.status === 'failed') throw state.error;
  if (state.status === 'loading') return <ModuleSkeleton />;
  return <state.App basePath={`/m/${entry.id}`} version={entry.version} />;
}
