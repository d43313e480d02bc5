import { useMemo } from 'react';
import { useSession, type Session } from '@portal/shared-ui';
import { ApiProblem, isNetworkError, problemFrom } from '@portal/shared-ui/api-problem';
import type { InboxBucket, Rating, ReportStatus } from '../contract/domain.js';
import type {
  Category,
  CreateReport,
  CreatedReport,
  InboxCounts,
  Place,
  ReportDetail,
  ReportPage,
  ReportSummary,
  Stats,
  Unit,
} from '../contract/schemas.js';

/*
 * Typed calls to /api/feedback. Every call goes through the session's fetch, which adds the bearer
 * token for signed-in visitors and is a plain fetch otherwise. Errors: problem+json answers become an
 * `ApiProblem` (from shared-ui); a request that never reached the server rejects with the browser's
 * TypeError (the offline queue tells the two apart with `isNetworkError`).
 */

export const API_BASE = '/api/feedback';

// The problem+json reading is the design system's, the same for every module; re-exported for this module's callers.
export { ApiProblem, isNetworkError, problemFrom };

export type FetchLike = Session['fetch'];
export type ProgressHandler = (sent: number, total: number) => void;
type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * POSTs multipart data with XMLHttpRequest, the one browser API that reports upload progress.
 * Resolves with the answer as a Response (any status); rejects with a TypeError when the network fails.
 */
export function uploadWithProgress(
  url: string,
  formData: FormData,
  headers: HeadersInit,
  onProgress?: ProgressHandler,
  signal?: AbortSignal,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    new Headers(headers).forEach((value, name) => request.setRequestHeader(name, value));
    request.responseType = 'blob';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    request.onload = () => {
      const answerHeaders = new Headers();
      for (const line of request.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) answerHeaders.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const body = request.status === 204 ? null : (request.response as Blob | null);
      resolve(new Response(body, { status: request.status, statusText: request.statusText, headers: answerHeaders }));
    };
    request.onerror = () => reject(new TypeError('Network request failed'));
    request.ontimeout = () => reject(new TypeError('Network request timed out'));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(formData);
  });
}

/**
 * The session's fetch owns the bearer token and never hands it out. To upload with progress, this
 * lets the session fetch prepare the request (token included) and catches that one call at the
 * global fetch it delegates to, sending it with XMLHttpRequest instead. Only the exact upload call
 * is caught (matched by a unique marker header), and the global is restored at once.
 */
export async function sendWithProgress(
  sessionFetch: FetchLike,
  url: string,
  formData: FormData,
  headers: Record<string, string>,
  onProgress?: ProgressHandler,
): Promise<Response> {
  const marker = crypto.randomUUID();
  const original = globalThis.fetch;
  const interceptor: typeof fetch = (input, init) => {
    const requestHeaders = new Headers(init?.headers);
    if (requestHeaders.get('x-upload-marker') !== marker) return original(input, init);
    if (globalThis.fetch === interceptor) globalThis.fetch = original;
    requestHeaders.delete('x-upload-marker');
    return uploadWithProgress(url, formData, requestHeaders, onProgress);
  };
  globalThis.fetch = interceptor;
  try {
    // A session fetch that does not delegate to the global fetch still sends the upload (and the
    // marker header, which servers ignore), only without progress.
    return await sessionFetch(url, { method: 'POST', body: formData, headers: { ...headers, 'x-upload-marker': marker } });
  } finally {
    if (globalThis.fetch === interceptor) globalThis.fetch = original;
  }
}

export interface PlaceResult {
  place: Place | null;
  /** The point is outside the province (problem /problems/outside-province). */
  outside: ApiProblem | null;
}

export type TextFinding = { kind: 'phone' | 'national-id'; match: string };
export type PublicFeedQuery = { limit?: number; cursor?: string; category?: string; ward?: string; district?: string; status?: ReportStatus };
export type InboxQuery = { bucket?: InboxBucket; q?: string; category?: string; ward?: string; unit?: string; limit?: number; cursor?: string };
export type StatsQuery = { by?: 'ward' | 'district' | 'unit'; from?: string; to?: string; category?: string };
export type GeoJsonCollection = { type: 'FeatureCollection'; features: GeoJsonFeature[]; truncated?: boolean };
export type GeoJsonFeature = { type: 'Feature'; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> };
export type MapConfig = { tileUrl: string | null; attribution: string | null };
export type AuditEntry = { id: string; at: string; action: string; actorSub: string; actorName: string | null; before: unknown; after: unknown };
export type RateBody = { value: Rating; comment?: string | null; version: number };

export const OUTSIDE_PROVINCE = '/problems/outside-province';
export const PRIVACY_WARNING = '/problems/privacy-warning';

/** Every route of the feedback API, typed with the contract's schemas. */
export class FeedbackClient {
  constructor(private readonly fetcher: FetchLike) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    const response = await this.fetcher(`${API_BASE}${path}`, { ...init, headers });
    if (!response.ok) throw await problemFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'POST', body: JSON.stringify(body) });
  }

  mapConfig = () => this.request<MapConfig>('/map-config');
  categories = () => this.request<{ items: Category[] }>('/categories');
  units = () => this.request<{ items: Unit[] }>('/units');
  boundaries = (query: { level?: string; parent?: string } = {}) => this.request<GeoJsonCollection>(withQuery('/boundaries', query));
  nearby = (lat: number, lng: number, category: string) => this.request<{ items: ReportSummary[] }>(withQuery('/nearby', { lat, lng, category }));
  publicReports = (query: PublicFeedQuery = {}) => this.request<ReportPage>(withQuery('/public/reports', query));
  publicMap = (query: { bbox?: string; category?: string; status?: ReportStatus } = {}) =>
    this.request<GeoJsonCollection>(withQuery('/public/map', query));
  mine = (query: { limit?: number; cursor?: string } = {}) => this.request<ReportPage>(withQuery('/reports/mine', query));
  report = (code: string) => this.request<ReportDetail>(`/reports/${encodeURIComponent(code)}`);
  officeReports = (query: InboxQuery = {}) => this.request<ReportPage>(withQuery('/office/reports', query));
  officeCounts = () => this.request<InboxCounts>('/office/counts');
  audit = (code: string) => this.request<{ items: AuditEntry[] }>(`/office/reports/${encodeURIComponent(code)}/audit`);
  stats = (query: StatsQuery = {}) => this.request<Stats>(withQuery('/stats', query));

  /** The place of a point, or `outside` when the API says it is outside the province. */
  place = async (lat: number, lng: number): Promise<PlaceResult> => {
    try {
      return { place: await this.request<Place>(withQuery('/place', { lat, lng })), outside: null };
    } catch (error) {
      if (error instanceof ApiProblem && error.type === OUTSIDE_PROVINCE) return { place: null, outside: error };
      throw error;
    }
  };

  checkText = (text: string) => this.post<{ findings: TextFinding[] }>('/reports/check-text', { text });
  rate = (code: string, body: RateBody) => this.post<ReportDetail>(`/reports/${encodeURIComponent(code)}/rating`, body);
  follow = (code: string) => this.request<void>(`/reports/${encodeURIComponent(code)}/follow`, { method: 'POST' });
  unfollow = (code: string) => this.request<void>(`/reports/${encodeURIComponent(code)}/follow`, { method: 'DELETE' });

  /** A private photo (needs the token, so it cannot be a plain <img src>) as a Blob. */
  photoBlob = async (url: string): Promise<Blob> => {
    const response = await this.fetcher(url);
    if (!response.ok) throw await problemFrom(response);
    return response.blob();
  };

  /**
   * POST /reports as multipart with upload progress. The same `idempotencyKey` on every retry makes
   * the server create the report once and replay its answer.
   */
  createReport = async (
    report: CreateReport,
    photos: readonly Blob[],
    idempotencyKey: string,
    onProgress?: ProgressHandler,
  ): Promise<CreatedReport> => {
    const form = new FormData();
    form.append('report', JSON.stringify(report));
    photos.forEach((photo, index) => form.append('photos', photo, photoName(photo, index)));
    const response = await sendWithProgress(this.fetcher, `${API_BASE}/reports`, form, { 'idempotency-key': idempotencyKey, accept: 'application/json' }, onProgress);
    if (!response.ok) throw await problemFrom(response);
    return (await response.json()) as CreatedReport;
  };

  // Officer actions: each names the version it read and answers the updated report.
  accept = (code: string, body: { version: number }) => this.office(code, 'accept', body);
  reject = (code: string, body: { version: number; reason: string }) => this.office(code, 'reject', body);
  forward = (code: string, body: { version: number; unitId: string; reason: string }) => this.office(code, 'forward', body);
  assign = (code: string, body: { version: number; handlerSub: string; handlerName: string }) => this.office(code, 'assign', body);
  note = (code: string, body: { version: number; text: string }) => this.office(code, 'note', body);
  extend = (code: string, body: { version: number; workingDays: number; reason: string }) => this.office(code, 'extend', body);

  answer = async (code: string, body: { version: number; text: string }, photos: readonly Blob[] = [], onProgress?: ProgressHandler) => {
    const form = new FormData();
    form.append('answer', JSON.stringify(body));
    photos.forEach((photo, index) => form.append('photos', photo, photoName(photo, index)));
    const url = `${API_BASE}/office/reports/${encodeURIComponent(code)}/answer`;
    const response = await sendWithProgress(this.fetcher, url, form, { accept: 'application/json' }, onProgress);
    if (!response.ok) throw await problemFrom(response);
    return (await response.json()) as ReportDetail;
  };

  private office(code: string, action: string, body: unknown): Promise<ReportDetail> {
    return this.post<ReportDetail>(`/office/reports/${encodeURIComponent(code)}/${action}`, body);
  }
}

function photoName(photo: Blob, index: number): string {
  return photo instanceof File && photo.name ? photo.name : `photo-${index + 1}.${photo.type.split('/')[1] ?? 'jpg'}`;
}

/** The client bound to the visitor's session (token added while signed in). */
export function useFeedbackApi(): FeedbackClient {
  const { fetch } = useSession();
  return useMemo(() => new FeedbackClient(fetch), [fetch]);
}
