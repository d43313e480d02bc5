import { describe, expect, it } from 'vitest';
import { isShellRedirectUri } from './redirect-uris.js';

const origin = 'https://portal.example';

describe('the shell redirect URI check', () => {
  it.each(['/', '/silent-check-sso.html', '/profile', '/m/hotlines', '/m/hotlines/emergency?tab=2'])('accepts %s', (path) => {
    expect(isShellRedirectUri(origin, `${origin}${path}`)).toBe(true);
  });

  it.each([
    'http://portal.example/',
    'https://portal.example:8443/',
    'https://evil.example/',
    'https://portal.example.evil.example/',
    'https://user@portal.example/',
    'https://portal.example/other',
    'https://portal.example/m/',
    'https://portal.example/m/../admin',
    'https://portal.example/m/x/%2e%2e/y',
    'https://portal.example/#frag',
    'https://portal.example//evil.example/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (value) => {
    expect(isShellRedirectUri(origin, value)).toBe(false);
  });
});
