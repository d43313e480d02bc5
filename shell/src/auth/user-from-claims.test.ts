import { describe, expect, it } from 'vitest';
import { userFromClaims } from './user-from-claims.js';

describe('userFromClaims', () => {
  it('reads the portal claims of an access token', () => {
    expect(
      userFromClaims({
        sub: 'u1',
        name: 'Lường Văn Dũng',
        national_id: '001090000004',
        identity_level: 2,
        roles: ['business'],
        units: [],
        org: { tax_code: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
      }),
    ).toEqual({
      sub: 'u1',
      name: 'Lường Văn Dũng',
      nationalId: '001090000004',
      identityLevel: 2,
      roles: ['business'],
      units: [],
      org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
    });
  });

  it('takes roles from Keycloak’s realm_access too and ignores roles the portal does not know', () => {
    const user = userFromClaims({ sub: 'u2', realm_access: { roles: ['officer', 'offline_access', 'uma_authorization'] }, units: ['dien-luc-tp-dbp'] });
    expect(user?.roles).toEqual(['officer']);
    expect(user?.units).toEqual(['dien-luc-tp-dbp']);
    expect(user?.name).toBe('u2');
  });

  it('has no user without a subject', () => {
    expect(userFromClaims({ name: 'x' })).toBeUndefined();
  });
});
