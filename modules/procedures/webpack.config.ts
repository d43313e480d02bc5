import { createRemoteConfig } from '@portal/module-kit/webpack';

/** The UI remote `portal_procedures`: exposes ./App (the default), built to ./dist. */
export default createRemoteConfig({
  id: 'procedures',
  dir: import.meta.dirname,
  exposes: { './App': './src/ui/App.tsx' },
});
