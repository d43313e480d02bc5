import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSignIn } from './auth/require-sign-in.js';
import type { SessionController } from './auth/session-controller.js';
import { ShellSessionProvider } from './auth/shell-session.js';
import { HomePage } from './home/home-page.js';
import { ShellLayout } from './layout/shell-layout.js';
import { ModulePage } from './modules/module-page.js';
import { ModuleSkeleton } from './modules/module-skeleton.js';
import type { ModuleLoader } from './modules/module-loader.js';
import { ModuleLoaderProvider } from './modules/module-loader-context.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { RegistryProvider } from './registry/registry-context.js';

// Only signed-in users need these: they travel in the auth chunk with keycloak-js.
const ProfilePage = lazy(async () => ({
  default: (await import(/* webpackChunkName: "auth" */ './profile/profile-page.js')).ProfilePage,
}));
const InboxPage = lazy(async () => ({
  default: (await import(/* webpackChunkName: "auth" */ './inbox/inbox-page.js')).InboxPage,
}));

function SignedInPage({ page: Page }: { page: ComponentType }) {
  return (
    <RequireSignIn>
      <Suspense fallback={<ModuleSkeleton />}>
        <Page />
      </Suspense>
    </RequireSignIn>
  );
}

/** The shell's routes; the router itself comes from the caller (BrowserRouter in the app). */
export function App({ loader, session }: { loader: ModuleLoader; session: SessionController }) {
  return (
    <ShellSessionProvider controller={session}>
      <ModuleLoaderProvider loader={loader}>
        <RegistryProvider>
          <Routes>
            <Route element={<ShellLayout />}>
              <Route index element={<HomePage />} />
              <Route path="profile" element={<SignedInPage page={ProfilePage} />} />
              <Route path="inbox" element={<SignedInPage page={InboxPage} />} />
              <Route path="m/:moduleId/*" element={<ModulePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </RegistryProvider>
      </ModuleLoaderProvider>
    </ShellSessionProvider>
  );
}
