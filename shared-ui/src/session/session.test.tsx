import '../test-setup.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_SESSION, createSessionFetch, maskNationalId, SessionProvider, useSession, type Session } from '../index.js';

describe('maskNationalId', () => {
  it('shows only the last four digits of a 12-digit CCCD', () => {
    expect(maskNationalId('001090000001')).toBe('•••• •••• 0001');
    expect(maskNationalId('001090000001')).not.toContain('00109');
  });
});

// A real HTTP server that answers with the Authorization header it received.
let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(JSON.stringify({ authorization: request.headers.authorization ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Tokens that live `lifetime` seconds; asking for one that expires too soon refreshes it. */
function tokenIssuer(lifetime: number) {
  const state = { issued: 0, expiresAt: 0 };
  const source = async (minValidity: number) => {
    const now = Date.now() / 1000;
    if (state.expiresAt - now < minValidity) {
      state.issued += 1;
      state.expiresAt = now + lifetime;
    }
    return `token-${state.issued}`;
  };
  return { state, source };
}

const authorizationOf = async (response: Response) => ((await response.json()) as { authorization: string | null }).authorization;

describe('the session fetch', () => {
  it('sends the bearer token to the portal origin and refreshes it when it expires within 30 s', async () => {
    const longLived = tokenIssuer(300);
    const sessionFetch = createSessionFetch(longLived.source);
    expect(await authorizationOf(await sessionFetch('/api/echo'))).toBe('Bearer token-1');
    expect(await authorizationOf(await sessionFetch(`${origin}/api/echo`))).toBe('Bearer token-1');
    expect(longLived.state.issued).toBe(1);

    const shortLived = tokenIssuer(20); // always under the 30 s margin: every call refreshes
    const refreshing = createSessionFetch(shortLived.source);
    await refreshing('/api/echo');
    expect(await authorizationOf(await refreshing('/api/echo'))).toBe('Bearer token-2');
  });

  it('keeps the caller’s own headers', async () => {
    const sessionFetch = createSessionFetch(tokenIssuer(300).source);
    const response = await sessionFetch('/api/echo', { headers: { Accept: 'application/json' } });
    expect(await authorizationOf(response)).toBe('Bearer token-1');
  });

  it('sends no header when there is no token (anonymous, or the session ended)', async () => {
    const sessionFetch = createSessionFetch(async () => undefined);
    expect(await authorizationOf(await sessionFetch('/api/echo'))).toBeNull();
  });

  it('never sends the token to another origin', async () => {
    const sessionFetch = createSessionFetch(tokenIssuer(300).source);
    const otherOrigin = origin.replace('127.0.0.1', 'localhost');
    expect(await authorizationOf(await sessionFetch(`${otherOrigin}/api/echo`))).toBeNull();
  });
});

describe('the session token', () => {
  it('is none outside the shell (anonymous), so an upload made there carries no Authorization header', async () => {
    expect(await ANONYMOUS_SESSION.token?.()).toBeUndefined();
  });
});

function WhoAmI() {
  const { status, user } = useSession();
  return <p>{status === 'authenticated' ? user?.name : status}</p>;
}

describe('useSession', () => {
  it('is anonymous outside the shell and reads what the shell provides inside it', () => {
    render(<WhoAmI />);
    expect(screen.getByText('anonymous')).toBeTruthy();
    const session: Session = {
      status: 'authenticated',
      user: { sub: 's1', name: 'Nguyễn Văn An', roles: ['citizen'], units: [] },
      fetch: (input, init) => fetch(input, init),
      signIn: async () => undefined,
      signOut: async () => undefined,
    };
    render(
      <SessionProvider session={session}>
        <WhoAmI />
      </SessionProvider>,
    );
    expect(screen.getByText('Nguyễn Văn An')).toBeTruthy();
  });
});
