import { useTranslation } from '@portal/shared-ui';
import type { ModuleAppProps } from '@portal/module-kit';
import { Route, Routes } from 'react-router';
import { NAMESPACE } from './i18n.js';
import { FacilityDetailPage } from './pages/facility-detail-page.js';
import { HotlinesPage } from './pages/hotlines-page.js';
import './app.css';

/** The hotlines module UI; the shell mounts it at /m/hotlines, so these routes are relative. */
export default function App({ basePath }: ModuleAppProps) {
  const { t } = useTranslation(NAMESPACE);
  return (
    <div className="hotlines-app">
      <Routes>
        <Route index element={<HotlinesPage />} />
        <Route path="facilities/:id" element={<FacilityDetailPage basePath={basePath} />} />
        <Route path="*" element={<HotlinesPage />} />
      </Routes>
      <footer className="hotlines-app__footer">
        <p data-testid="module-version">{t('version', { version: __MODULE_VERSION__ })}</p>
      </footer>
    </div>
  );
}
