import '../test-setup.js';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../session/session-context.js';
import type { Session } from '../session/session.js';
import { useColleagues } from './index.js';

const me = { sub: 'officer-15', name: 'Điêu Thị Phương', roles: ['officer'] as const, units: ['bp-mot-cua-tp-dbp'] };
const colleague = { sub: 'officer-16', name: 'Đinh Văn Quý', roles: ['officer'] };

function withDirectory(answer: (url: string) => Response) {
  const asked: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return answer(String(input));
  };
  const session: Session = { status: 'authenticated', user: me, fetch, signIn: async () => undefined, signOut: async () => undefined };
  const wrapper = ({ children }: { children: ReactNode }) => <SessionProvider session={session}>{children}</SessionProvider>;
  return { asked, wrapper };
}

describe('useColleagues', () => {
  it('asks the directory about the unit and lists everyone but the signed-in officer', async () => {
    const { asked, wrapper } = withDirectory(() => Response.json([{ sub: me.sub, name: me.name, roles: ['officer'] }, colleague]));
    const { result } = renderHook(() => useColleagues('bp-mot-cua-tp-dbp'), { wrapper });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', colleagues: [colleague] }));
    expect(asked).toEqual(['/api/directory/officers?unit=bp-mot-cua-tp-dbp']);
  });

  it('reports an error when the directory refuses or cannot be reached, and asks again on retry', async () => {
    let reachable = false;
    const { asked, wrapper } = withDirectory(() => (reachable ? Response.json([colleague]) : new Response(null, { status: 503 })));
    const { result } = renderHook(() => useColleagues('bp-mot-cua-tp-dbp'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    reachable = true;
    result.current.retry();
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', colleagues: [colleague] }));
    expect(asked).toHaveLength(2);
  });
});
