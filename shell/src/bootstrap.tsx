import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { initI18n } from '@portal/shared-ui';
import { App } from './app.js';
import { createSessionController } from './auth/create-session-controller.js';
import { registerShellStrings } from './i18n/shell-strings.js';
import { createFederationLoader } from './modules/federation-loader.js';
import { registerServiceWorker } from './pwa/register-service-worker.js';

initI18n();
registerShellStrings();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <App loader={createFederationLoader()} session={createSessionController()} />
    </BrowserRouter>
  </StrictMode>,
);

if (process.env.NODE_ENV === 'production') registerServiceWorker();
