/**
 * What the portal shares as `react-i18next`: hooks, HOCs and the provider, without <Trans> and
 * the SSR helpers. Shared modules cannot be tree-shaken, and <Trans> (with its HTML parser) is
 * most of the package: about 10 KB gzip in full, 3 KB for this surface. Compose rich texts from
 * several keys instead. SharedSurfacePlugin fails a build that imports a name missing here.
 */
export {
  I18nContext,
  I18nextProvider,
  Translation,
  getDefaults,
  getI18n,
  initReactI18next,
  setDefaults,
  setI18n,
  useTranslation,
  withTranslation,
} from '@portal/react-i18next-full';
