import { Route, Routes } from 'react-router';
import { HomePage } from './home/home-page.js';
import { ShellLayout } from './layout/shell-layout.js';
import { ModulePage } from './modules/module-page.js';
import type { ModuleLoader } from './modules/module-loader.js';
import { ModuleLoaderProvider } from './modules/module-loader-context.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { RegistryProvider } from './registry/registry-context.js';

/** The shell's routes; the router itself comes from the caller (BrowserRouter in the app). */
export function App({ loader }: { loader: ModuleLoader }) {
  return (
    <ModuleLoaderProvider loader={loader}>
      <RegistryProvider>
        <Routes>
          <Route element={<ShellLayout />}>
            <Route index element={<HomePage />} />
            <Route path="m/:moduleId/*" element={<ModulePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </RegistryProvider>
    </ModuleLoaderProvider>
  );
}
