import type { Session, SessionUser } from '@portal/shared-ui';
import { anonymousSession, renderModuleApp, signedInSession } from '@portal/shared-ui/testing';
import App from '../../App.js';

export const BUSINESS: SessionUser = {
  sub: 'business-hoa-ban',
  name: 'Lò Văn Bình',
  nationalId: '001090000004',
  roles: ['business'],
  units: [],
  org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
};

/** A signed-in session whose fetch is `fetcher` (a fake API), as the shell would give it. */
export function signedIn(fetcher: Session['fetch'], user: SessionUser = BUSINESS): Session {
  return signedInSession(user, fetcher);
}

export function anonymous(fetcher: Session['fetch']): Session {
  return anonymousSession(fetcher);
}

/** Renders the module as the shell mounts it, at `path` under /m/procedures. */
export function renderApp(path: string, session: Session) {
  return renderModuleApp(App, '/m/procedures', path, session);
}
