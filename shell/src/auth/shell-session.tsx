import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { SessionProvider } from '@portal/shared-ui';
import type { SessionController, ShellSessionState } from './session-controller.js';

const ShellSessionContext = createContext<ShellSessionState | null>(null);

/**
 * Starts the session check once, hands the session to the shell and every module (shared-ui
 * `useSession()`), and goes back to the page the user came from after the sign-in page.
 */
export function ShellSessionProvider({ controller, children }: { controller: SessionController; children: ReactNode }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const navigate = useNavigate();

  useEffect(() => controller.start(), [controller]);
  useEffect(() => {
    if (!state.returnTo) return;
    navigate(state.returnTo, { replace: true });
    controller.returned();
  }, [state.returnTo, navigate, controller]);

  return (
    <ShellSessionContext.Provider value={state}>
      <SessionProvider session={state.session}>{children}</SessionProvider>
    </ShellSessionContext.Provider>
  );
}

/** Whether the last attempt to open the sign-in page failed (the app bar says so). */
export function useSignInFailed(): boolean {
  return useContext(ShellSessionContext)?.signInFailed ?? false;
}
