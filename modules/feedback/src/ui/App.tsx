import { Skeleton, useTranslation } from '@portal/shared-ui';
import type { ModuleAppProps } from '@portal/module-kit';
import { Suspense, lazy, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { NAMESPACE } from './i18n.js';
import { HomePage } from './home/home-page.js';
import { useOutboxSender } from './offline/outbox.js';
import { BasePathContext } from './reports/base-path.js';
import './home/app.css';

// Every screen but the home is its own chunk: a citizen filing a report never downloads the officer
// inbox or the chart library, and the home screen shows before the form's code arrives.
const loadFormPage = () => import('./report-form/report-form-page.js');
const loadMinePage = () => import('./mine/mine-page.js');
const loadDetailPage = () => import('./mine/report-detail-page.js');
const ReportFormPage = lazy(() => loadFormPage().then((module) => ({ default: module.ReportFormPage })));
const MinePage = lazy(() => loadMinePage().then((module) => ({ default: module.MinePage })));
const ReportDetailPage = lazy(() => loadDetailPage().then((module) => ({ default: module.ReportDetailPage })));
const FeedPage = lazy(() => import('./public/feed-page.js').then((module) => ({ default: module.FeedPage })));
const StatsPage = lazy(() => import('./public/stats-page.js').then((module) => ({ default: module.StatsPage })));
const InboxPage = lazy(() => import('./office/inbox-page.js').then((module) => ({ default: module.InboxPage })));
const OfficeReportPage = lazy(() => import('./office/office-report-page.js').then((module) => ({ default: module.OfficeReportPage })));

/** The feedback module UI; the shell mounts it at /m/feedback, so these routes are relative. */
export default function App({ basePath }: ModuleAppProps) {
  const { t } = useTranslation(NAMESPACE);
  // Reports saved offline are sent from any screen of the module, not only from the form.
  useOutboxSender();
  // The citizen screens are fetched soon after the module opens, while there is network: a report
  // written offline must still reach "my reports" (the shell's service worker keeps the files too).
  useEffect(() => {
    const timer = setTimeout(() => void Promise.all([loadFormPage(), loadMinePage(), loadDetailPage()]).catch(() => undefined), 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <BasePathContext.Provider value={basePath}>
      <div className="feedback-app">
        <Suspense fallback={<PageLoading label={t('loading')} />}>
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="new" element={<ReportFormPage />} />
            <Route path="mine" element={<MinePage />} />
            <Route path="reports/:code" element={<ReportDetailPage />} />
            <Route path="public" element={<FeedPage />} />
            <Route path="stats" element={<StatsPage />} />
            <Route path="office" element={<InboxPage />} />
            <Route path="office/:code" element={<OfficeReportPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Suspense>
        <footer className="feedback-app__footer">
          <p data-testid="module-version">{t('version', { version: __MODULE_VERSION__ })}</p>
        </footer>
      </div>
    </BasePathContext.Provider>
  );
}

function PageLoading({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <span className="portal-visually-hidden">{label}</span>
      <Skeleton shape="block" height={48} />
      <Skeleton shape="block" height={240} />
    </div>
  );
}
