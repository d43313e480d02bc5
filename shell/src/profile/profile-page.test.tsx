import '../test-support/setup.js';
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@portal/shared-ui';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { startRegistryServer, type RegistryServer } from '../test-support/registry-server.js';
import { BUSINESS, CITIZEN, OFFICER, TestAuthClient } from '../test-support/test-auth-client.js';
import { TestLoader } from '../test-support/test-loader.js';
import { testSessionController } from '../test-support/test-session.js';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer([]);
  useOrigin(server.origin);
});
beforeEach(() => localStorage.setItem('portal.session', '1'));
afterAll(() => server.close());

async function openProfile(user: SessionUser, language: 'vi' | 'en' = 'vi') {
  const { controller } = testSessionController(new TestAuthClient(user).connect);
  await renderShell('/profile', new TestLoader({}), language, controller);
  return screen.findByTestId('profile');
}

const valueAfter = (profile: HTMLElement, term: string) => within(profile).getByText(term).nextElementSibling?.textContent;

describe('the profile page', () => {
  it('shows a level-2 citizen: name, national id with only the last 4 digits, level and role', async () => {
    const profile = await openProfile(CITIZEN);
    expect(screen.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' })).toBeTruthy();
    expect(valueAfter(profile, 'Số định danh cá nhân')).toBe('•••• •••• 0001');
    expect(document.body.textContent).not.toContain('001090000001');
    expect(valueAfter(profile, 'Mức định danh điện tử')).toBe('VNeID mức 2');
    expect(valueAfter(profile, 'Vai trò')).toBe('Công dân');
    expect(within(profile).queryByText('Đơn vị công tác')).toBeNull();
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeTruthy();
  });

  it('shows an officer’s units', async () => {
    const profile = await openProfile(OFFICER);
    expect(valueAfter(profile, 'Vai trò')).toBe('Cán bộ');
    expect(valueAfter(profile, 'Đơn vị công tác')).toBe('ubnd-phuong-him-lam');
  });

  it('shows the enterprise of a business account with its tax code', async () => {
    const profile = await openProfile(BUSINESS);
    expect(valueAfter(profile, 'Vai trò')).toBe('Doanh nghiệp');
    const enterprise = valueAfter(profile, 'Doanh nghiệp đại diện');
    expect(enterprise).toContain('Công ty TNHH Hoa Ban Điện Biên');
    expect(enterprise).toContain('Mã số thuế: 5600123456');
  });

  it('speaks English on request, role names included', async () => {
    const profile = await openProfile({ ...OFFICER, roles: ['officer', 'unit_lead'], identityLevel: 1 }, 'en');
    expect(valueAfter(profile, 'Personal identification number')).toBe('•••• •••• 0011');
    expect(valueAfter(profile, 'Electronic identity level')).toBe('VNeID level 1');
    expect(valueAfter(profile, 'Roles')).toBe('Officer, Unit lead');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });
});
