import type { Coordinates } from '../contract/schemas.js';

const API_BASE = '/api/hotlines';

/** A non-2xx answer; `status` lets a page tell "not found" from "try again". */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/**
 * GETs module API JSON with a plain same-origin fetch and no credentials header, so the shell's
 * service worker can cache the answers (network-first) for offline use.
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(new URL(`${API_BASE}${path}`, window.location.origin), {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}

export function facilitiesPath(query: { q: string; near: Coordinates | null; page: number; pageSize: number }): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.near) params.set('near', `${query.near.lat},${query.near.lng}`);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return `/facilities?${params}`;
}
