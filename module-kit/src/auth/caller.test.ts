import { describe, expect, it } from 'vitest';
import { callerFromClaims, isOwner } from './caller.js';

describe('callerFromClaims', () => {
  it('reads every portal claim', () => {
    const caller = callerFromClaims({
      sub: 'biz-4',
      name: 'Lường Văn Dũng',
      national_id: '001090000004',
      identity_level: 2,
      roles: ['business'],
      units: [],
      birthdate: '1985-05-09',
      address: { formatted: 'Số 8, đường Hoàng Văn Thái, phường Him Lam' },
      org: { tax_code: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
    });
    expect(caller).toEqual({
      sub: 'biz-4',
      name: 'Lường Văn Dũng',
      nationalId: '001090000004',
      identityLevel: 2,
      roles: new Set(['business']),
      units: [],
      birthdate: '1985-05-09',
      address: 'Số 8, đường Hoàng Văn Thái, phường Him Lam',
      org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
    });
  });

  it('merges roles from `roles` and realm_access.roles, ignoring names the portal does not know', () => {
    const caller = callerFromClaims({
      sub: 'o-1',
      roles: ['officer'],
      realm_access: { roles: ['unit_lead', 'offline_access', 'default-roles-portal'] },
    });
    expect([...caller.roles].sort()).toEqual(['officer', 'unit_lead']);
  });

  it('accepts Keycloak string-typed attributes and ignores malformed ones', () => {
    const caller = callerFromClaims({ sub: 'x', identity_level: '1', units: 'phong-qldt-tp-dbp', org: { tax_code: 1 } });
    expect(caller).toEqual({ sub: 'x', identityLevel: 1, roles: new Set(), units: ['phong-qldt-tp-dbp'] });
    expect(callerFromClaims({ sub: 'y', identity_level: 3, roles: 'admin' }).identityLevel).toBeUndefined();
    expect(callerFromClaims({ sub: 'z', birthdate: '15/03/1990', address: 'Phường Him Lam' })).toEqual({
      sub: 'z',
      address: 'Phường Him Lam',
      roles: new Set(),
      units: [],
    });
  });

  it('refuses claims without a subject', () => {
    expect(() => callerFromClaims({ name: 'nobody' })).toThrow(/sub/);
  });
});

describe('isOwner', () => {
  const caller = callerFromClaims({ sub: 'u-1' });
  it('is true only for the same subject', () => {
    expect(isOwner(caller, 'u-1')).toBe(true);
    expect(isOwner(caller, 'u-2')).toBe(false);
    expect(isOwner(undefined, 'u-1')).toBe(false);
    expect(isOwner(caller, null)).toBe(false);
    expect(isOwner(caller, '')).toBe(false);
  });
});
