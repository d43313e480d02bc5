import type { SessionUser } from '@portal/shared-ui';
import type { AuthClient, ConnectAuth, ConnectOptions } from '../auth/auth-client.js';

export const CITIZEN: SessionUser = {
  sub: 'citizen-1',
  name: 'Nguyễn Văn An',
  nationalId: '001090000001',
  identityLevel: 2,
  roles: ['citizen'],
  units: [],
};

export const OFFICER: SessionUser = {
  sub: 'officer-11',
  name: 'Điêu Chính Tơi',
  nationalId: '001090000011',
  identityLevel: 2,
  roles: ['officer'],
  units: ['ubnd-phuong-him-lam'],
};

export const BUSINESS: SessionUser = {
  sub: 'business-4',
  name: 'Lường Văn Dũng',
  nationalId: '001090000004',
  identityLevel: 2,
  roles: ['business'],
  units: [],
  org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
};

/**
 * Stands in for the keycloak-js auth chunk in shell tests (the real one needs the provider and
 * browser redirects; the sign-on e2e journey drives it). It records what the shell asked of it.
 */
export class TestAuthClient implements AuthClient {
  user: SessionUser | undefined;
  connections: ConnectOptions[] = [];
  signIns: string[] = [];
  signOuts = 0;
  tokensIssued = 0;

  constructor(user?: SessionUser, readonly tokenPrefix = user?.sub ?? 'anonymous') {
    this.user = user;
  }

  connect: ConnectAuth = async (_config, options) => {
    this.connections.push(options);
    return this;
  };

  async token(): Promise<string | undefined> {
    if (!this.user) return undefined;
    this.tokensIssued += 1;
    return this.tokenPrefix;
  }

  async signIn(language: string): Promise<void> {
    this.signIns.push(language);
  }

  async signOut(): Promise<void> {
    this.signOuts += 1;
  }

  /** The session ended on its own (a refresh was refused). */
  end(): void {
    this.user = undefined;
    this.connections.at(-1)?.onChange();
  }
}
