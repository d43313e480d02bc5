import { createRemoteConfig } from '@portal/module-kit/webpack';

/** The UI remote `portal_feedback`: exposes ./App (the default), built to ./dist. */
export default createRemoteConfig({
  id: 'feedback',
  dir: import.meta.dirname,
  exposes: { './App': './src/ui/App.tsx' },
  // One Leaflet per page for every module with a map, fetched only when a map is shown.
  shared: { leaflet: { singleton: true, requiredVersion: '^1.9.4' } },
});
