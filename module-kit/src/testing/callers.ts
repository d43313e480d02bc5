import type { Caller } from '../auth/caller.js';
import type { Role } from '../contract.js';

/**
 * A caller for `startModuleApi`'s `request(…, { as })`: business-logic tests only, no token involved.
 * @example const admin = testCaller({ roles: ['admin'], name: 'Quản trị viên' });
 */
export function testCaller(overrides: Partial<Omit<Caller, 'roles'>> & { roles?: readonly Role[] } = {}): Caller {
  const { roles = [], ...rest } = overrides;
  return { sub: `test-${roles.join('-') || 'user'}`, units: [], ...rest, roles: new Set(roles) };
}
