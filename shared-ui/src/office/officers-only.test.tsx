import '../test-setup.js';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { SessionProvider } from '../session/session-context.js';
import type { Session, SessionUser } from '../session/session.js';
import { OfficersOnly, hasRole, isOfficer } from './index.js';

const officer: SessionUser = { sub: 'officer-1', name: 'Cầm Văn Sơn', roles: ['officer'], units: ['bp-mot-cua'] };
const citizen: SessionUser = { sub: 'citizen-1', name: 'Nguyễn Văn An', roles: ['citizen'], units: [] };

function session(status: Session['status'], user?: SessionUser, signIn = async () => undefined): Session {
  return { status, ...(user ? { user } : {}), fetch, signIn, signOut: async () => undefined };
}

function renderGuarded(value: Session) {
  return render(
    <SessionProvider session={value}>
      <OfficersOnly allow={isOfficer} loading="Đang tải hồ sơ…" title="Trang này chỉ dành cho cán bộ" hint="Hãy đăng nhập bằng tài khoản cán bộ.">
        {(user) => <p>Xin chào {user.name}</p>}
      </OfficersOnly>
    </SessionProvider>,
  );
}

beforeEach(async () => {
  initI18n();
  await changeLanguage('vi');
});

describe('OfficersOnly', () => {
  it('waits for the session, then shows the screen to an officer', () => {
    renderGuarded(session('loading'));
    expect(screen.getByRole('status').textContent).toBe('Đang tải hồ sơ…');
    cleanup();
    renderGuarded(session('authenticated', officer));
    expect(screen.getByText('Xin chào Cầm Văn Sơn')).toBeTruthy();
  });

  it('tells a citizen the page is for officers, without a sign-in button', () => {
    renderGuarded(session('authenticated', citizen));
    expect(screen.getByRole('heading', { level: 1, name: 'Trang này chỉ dành cho cán bộ' })).toBeTruthy();
    expect(screen.getByText('Hãy đăng nhập bằng tài khoản cán bộ.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/Xin chào/)).toBeNull();
  });

  it('offers a visitor to sign in, in the chosen language', async () => {
    let signIns = 0;
    await changeLanguage('en');
    renderGuarded(
      session('anonymous', undefined, async () => {
        signIns += 1;
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIns).toBe(1);
  });
});

describe('roles', () => {
  it('counts officers and unit leads as officers, and checks any of several roles', () => {
    expect(isOfficer({ ...citizen, roles: ['unit_lead'] })).toBe(true);
    expect(isOfficer(citizen)).toBe(false);
    expect(isOfficer(undefined)).toBe(false);
    expect(hasRole({ ...citizen, roles: ['admin'] }, 'officer', 'admin')).toBe(true);
    expect(hasRole(officer, 'unit_lead', 'admin')).toBe(false);
  });
});
