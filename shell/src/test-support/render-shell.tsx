import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { changeLanguage, initI18n } from '@portal/shared-ui';
import { App } from '../app.js';
import type { SessionController } from '../auth/session-controller.js';
import { registerShellStrings } from '../i18n/shell-strings.js';
import type { ModuleLoader } from '../modules/module-loader.js';
import { testSessionController } from './test-session.js';

/** Points the page (and so relative fetches such as /api/modules) at `origin`. */
export function useOrigin(origin: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/`);
}

export async function renderShell(
  path: string,
  loader: ModuleLoader,
  language: 'vi' | 'en' = 'vi',
  session: SessionController = testSessionController().controller,
) {
  initI18n();
  registerShellStrings();
  await changeLanguage(language);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App loader={loader} session={session} />
    </MemoryRouter>,
  );
}
