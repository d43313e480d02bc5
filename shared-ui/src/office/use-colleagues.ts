import { useSession } from '@portal/shared-ui';
import { useCallback, useEffect, useState } from 'react';

/** An officer or unit lead a case can be handed to: `sub` is their account, so the case becomes theirs. */
export interface Colleague {
  sub: string;
  name: string;
  roles: readonly string[];
}

export type ColleaguesState =
  | { status: 'loading' }
  | { status: 'ready'; colleagues: readonly Colleague[] }
  /** The directory could not be reached or refused: the caller may fall back to a typed name. */
  | { status: 'error' };

/**
 * The staff of `unitId` other than the signed-in officer, from the gateway's directory
 * (`GET /api/directory/officers`, sorted by Vietnamese name). `retry()` asks again after an error.
 * @example
 * const colleagues = useColleagues(dossier.agency.id);
 * if (colleagues.status === 'ready') colleagues.colleagues.map((c) => <option value={c.sub}>{c.name}</option>);
 */
export function useColleagues(unitId: string): ColleaguesState & { retry: () => void } {
  const { fetch, user } = useSession();
  const me = user?.sub;
  const [state, setState] = useState<ColleaguesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetch(`/api/directory/officers?unit=${encodeURIComponent(unitId)}`, { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`directory answered ${response.status}`);
        const officers = (await response.json()) as Colleague[];
        if (current) setState({ status: 'ready', colleagues: officers.filter((officer) => officer.sub !== me) });
      })
      .catch(() => current && setState({ status: 'error' }));
    return () => {
      current = false;
    };
    // the session's fetch is stable for a signed-in user; who asks and about which unit is what matters
  }, [unitId, me, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
