import { useCallback, useEffect, useState } from 'react';
import { HttpError, fetchJson } from '../api-client.js';

export type JsonState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; httpStatus: number | null };

/** GETs `path` from the module API; reloads when it changes or on `retry()`. */
export function useJson<T>(path: string): JsonState<T> & { retry: () => void } {
  const [state, setState] = useState<JsonState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchJson<T>(path, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', httpStatus: error instanceof HttpError ? error.status : null });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
