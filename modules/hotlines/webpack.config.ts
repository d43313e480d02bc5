import { createRemoteConfig } from '@portal/module-kit/webpack';

/** The UI remote `portal_hotlines`: exposes ./App (the default), built to ./dist. */
export default createRemoteConfig({
  id: 'hotlines',
  dir: import.meta.dirname,
  exposes: { './App': './src/ui/App.tsx' },
});
