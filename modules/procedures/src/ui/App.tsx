import { useTranslation } from '@portal/shared-ui';
import type { ModuleAppProps } from '@portal/module-kit';
import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NAMESPACE } from './i18n/index.js';
import { HomePage } from './home/home-page.js';
import { BasePathContext } from './shared/base-path.js';
import { PageLoading } from './shared/page-loading.js';
import './shared/shared.css';

// Every screen but the home is its own chunk: someone browsing the catalog never downloads the
// dossier editor, the one-stop desk or the statistics.
const CatalogPage = lazy(() => import('./catalog/catalog-page.js').then((module) => ({ default: module.CatalogPage })));
const ProcedurePage = lazy(() => import('./catalog/procedure-page.js').then((module) => ({ default: module.ProcedurePage })));
const MyDossiersPage = lazy(() => import('./dossier/my-dossiers-page.js').then((module) => ({ default: module.MyDossiersPage })));
const DossierPage = lazy(() => import('./dossier/dossier-page.js').then((module) => ({ default: module.DossierPage })));
const InboxPage = lazy(() => import('./office/inbox-page.js').then((module) => ({ default: module.InboxPage })));
const OfficeDossierPage = lazy(() => import('./office/office-dossier-page.js').then((module) => ({ default: module.OfficeDossierPage })));
const OfficeStatsPage = lazy(() => import('./office/stats/office-stats-page.js').then((module) => ({ default: module.OfficeStatsPage })));
const LookupPage = lazy(() => import('./public/lookup-page.js').then((module) => ({ default: module.LookupPage })));
const VerifyPage = lazy(() => import('./public/verify-page.js').then((module) => ({ default: module.VerifyPage })));
const StatsPage = lazy(() => import('./public/stats-page.js').then((module) => ({ default: module.StatsPage })));

/** The procedures module UI; the shell mounts it at /m/procedures, so these routes are relative. */
export default function App({ basePath }: ModuleAppProps) {
  const { t } = useTranslation(NAMESPACE);
  return (
    <BasePathContext.Provider value={basePath}>
      <div className="procedures-app">
        <Suspense fallback={<PageLoading label={t('loading')} />}>
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="catalog" element={<CatalogPage />} />
            <Route path="catalog/:procedureId" element={<ProcedurePage />} />
            <Route path="dossiers" element={<MyDossiersPage />} />
            <Route path="dossiers/:id" element={<DossierPage />} />
            <Route path="office" element={<InboxPage />} />
            <Route path="office/dossiers/:id" element={<OfficeDossierPage />} />
            <Route path="office/stats" element={<OfficeStatsPage />} />
            <Route path="lookup" element={<LookupPage />} />
            <Route path="verify" element={<VerifyPage />} />
            <Route path="verify/:code" element={<VerifyPage />} />
            <Route path="stats" element={<StatsPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Suspense>
        <footer className="procedures-app__footer">
          <p data-testid="module-version">{t('version', { version: __MODULE_VERSION__ })}</p>
        </footer>
      </div>
    </BasePathContext.Provider>
  );
}
