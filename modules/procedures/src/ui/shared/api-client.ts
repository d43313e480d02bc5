import { useLanguage, useSession, type Session } from '@portal/shared-ui';
import { problemFrom } from '@portal/shared-ui/api-problem';
import { useMemo } from 'react';
import type { DossierStatus, InboxBucket } from '../../contract/domain.js';
import type {
  Attachment,
  DossierDetail,
  DossierSummary,
  InboxPage,
  LookupResult,
  ProcedureDetail,
  ProcedureSummary,
  Stats,
  Verification,
} from '../../contract/schemas.js';
import type { FormValues, LocalizedText } from '../../contract/form-schema.js';
import type { ApplicantType, OnlineLevel, ProcedureLevel } from '../../contract/domain.js';
// The problem+json reading is the design system's, the same for every module.
export { ApiProblem, isNetworkError, problemFrom, problemMessage } from '@portal/shared-ui/api-problem';

/*
 * Typed calls to /api/procedures (every route of the API, applicant, one-stop desk and public). Every call
 * goes through the session's fetch, which adds the bearer token while signed in. Non-2xx answers reject
 * with an ApiProblem; a request that never reached the server rejects with the browser's TypeError.
 */

export const API_BASE = '/api/procedures';

export type FetchLike = Session['fetch'];
type Query = Record<string, string | number | undefined | null>;

export type Field = { id: string; name: LocalizedText; procedureCount: number };
export type Agency = ProcedureDetail['agencyDetail'];
export type CatalogPage = { items: ProcedureSummary[]; total: number };
export type CatalogQuery = { q?: string; field?: string; agency?: string; level?: ProcedureLevel; applicant?: ApplicantType; onlineLevel?: OnlineLevel };
export type DossierPage = { items: DossierSummary[]; nextCursor: string | null };
export type PaymentProvider = { id: string; name: LocalizedText; online: boolean };
export type SubmittedDossier = { id: string; code: string; status: DossierStatus; appointmentAt: string; feeVnd: number };
export type InboxQuery = { bucket?: InboxBucket; agency?: string; q?: string; cursor?: string; limit?: number };
export type AuditEntry = {
  id: number;
  at: string;
  action: string;
  actorName: string | null;
  actorUnitId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};
export type StatsQuery = { from?: string; to?: string };
export type UploadOptions = {
  /** Files sent in answer to this supplement request. */
  supplementRequestId?: string;
  /** Aborting it cancels the upload (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** The share sent so far, 0–1, as the browser reports it. */
  onProgress?: (fraction: number) => void;
};

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const id = encodeURIComponent;

/** Every route of the procedures API, typed with the contract's schemas. */
export class ProceduresClient {
  /** `language`: the portal's language, sent as Accept-Language so problems come back in it (not the browser's). */
  /** `token`: the session's token accessor; without it (an older shell) uploads go through `fetcher`, without progress. */
  constructor(
    private readonly fetcher: FetchLike,
    private readonly language: 'vi' | 'en' = 'vi',
    private readonly token?: Session['token'],
  ) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    headers.set('accept-language', this.language);
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    const response = await this.fetcher(`${API_BASE}${path}`, { ...init, headers });
    if (!response.ok) throw await problemFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private send<T>(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.request<T>(path, { method, body: JSON.stringify(body), headers });
  }

  // Catalog (public)
  fields = () => this.request<Field[]>('/fields');
  agencies = () => this.request<Agency[]>('/agencies');
  catalog = (query: CatalogQuery = {}) => this.request<CatalogPage>(withQuery('/catalog', query));
  procedure = (procedureId: string) => this.request<ProcedureDetail>(`/catalog/${id(procedureId)}`);
  /** A blank template's address: public, so a plain link downloads it. */
  templateUrl = (procedureId: string, documentId: string) => `${API_BASE}/catalog/${id(procedureId)}/templates/${id(documentId)}.pdf`;

  // Applicant
  paymentProviders = () => this.request<PaymentProvider[]>('/payment-providers');
  createDossier = (procedureId: string, idempotencyKey?: string) =>
    this.send<DossierDetail>('POST', '/dossiers', { procedureId }, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  myDossiers = (query: { status?: DossierStatus; cursor?: string; limit?: number } = {}) => this.request<DossierPage>(withQuery('/dossiers', query));
  dossier = (dossierId: string) => this.request<DossierDetail>(`/dossiers/${id(dossierId)}`);
  saveDraft = (dossierId: string, body: { form: FormValues; version: number }) => this.send<DossierDetail>('PATCH', `/dossiers/${id(dossierId)}`, body);
  deleteDraft = (dossierId: string) => this.request<void>(`/dossiers/${id(dossierId)}`, { method: 'DELETE' });
  /** The same key on every retry of one submission: the server submits once and replays its answer. */
  submit = (dossierId: string, body: { version: number }, idempotencyKey: string) =>
    this.send<SubmittedDossier>('POST', `/dossiers/${id(dossierId)}/submit`, body, { 'idempotency-key': idempotencyKey });
  withdraw = (dossierId: string, body: { version: number; reason?: string }) => this.send<DossierDetail>('POST', `/dossiers/${id(dossierId)}/withdraw`, body);
  answerSupplement = (dossierId: string, body: { version: number; note?: string }) =>
    this.send<DossierDetail>('POST', `/dossiers/${id(dossierId)}/supplement`, body);
  choosePayment = (dossierId: string, body: { version: number; provider: string }) => this.send<DossierDetail>('POST', `/dossiers/${id(dossierId)}/payment`, body);

  /** Attaches a file (≤ 20 MB), reporting its progress when the session lends its token (see `sendForm`). */
  uploadFile = async (dossierId: string, documentId: string, file: File, options: UploadOptions = {}): Promise<Attachment> => {
    const form = new FormData();
    form.append('documentId', documentId);
    if (options.supplementRequestId) form.append('supplementRequestId', options.supplementRequestId);
    form.append('file', file, file.name);
    const url = `${API_BASE}/dossiers/${id(dossierId)}/files`;
    const headers = { accept: 'application/json', 'accept-language': this.language };
    const response = this.token
      ? await sendForm(url, form, headers, await this.token(), options)
      : await this.fetcher(url, { method: 'POST', body: form, headers, signal: options.signal });
    if (!response.ok) throw await problemFrom(response);
    return (await response.json()) as Attachment;
  };
  deleteFile = (dossierId: string, fileId: string) => this.request<void>(`/dossiers/${id(dossierId)}/files/${id(fileId)}`, { method: 'DELETE' });

  /** A private file (attachment, result PDF: they need the token, so no plain link) as a Blob. */
  blob = async (url: string): Promise<Blob> => {
    const response = await this.fetcher(url, { headers: { 'accept-language': this.language } });
    if (!response.ok) throw await problemFrom(response);
    return response.blob();
  };

  // One-stop desk
  inbox = (query: InboxQuery = {}) => this.request<InboxPage>(withQuery('/office/inbox', query));
  audit = (dossierId: string) => this.request<AuditEntry[]>(`/office/dossiers/${id(dossierId)}/audit`);
  officeStats = (query: StatsQuery = {}) => this.request<Stats>(withQuery('/office/stats', query));
  receive = (dossierId: string, body: { version: number }) => this.office(dossierId, 'receive', body);
  refuse = (dossierId: string, body: { version: number; reason: string }) => this.office(dossierId, 'refuse', body);
  assign = (dossierId: string, body: { version: number; handlerSub: string; handlerName: string }) => this.office(dossierId, 'assign', body);
  requestSupplement = (dossierId: string, body: { version: number; reason: string; documentIds: string[] }) =>
    this.office(dossierId, 'request-supplement', body);
  approve = (dossierId: string, body: { version: number }) => this.office(dossierId, 'approve', body);
  deny = (dossierId: string, body: { version: number; reason: string }) => this.office(dossierId, 'deny', body);
  issueResult = (dossierId: string, body: { version: number }) => this.office(dossierId, 'issue-result', body);
  confirmPayment = (dossierId: string, body: { version: number; reference: string }) => this.office(dossierId, 'confirm-payment', body);
  returnResult = (dossierId: string, body: { version: number }) => this.office(dossierId, 'return-result', body);
  apologize = (dossierId: string, body: { version: number; reason: string; newAppointmentDate: string }) => this.office(dossierId, 'apologize', body);

  private office(dossierId: string, action: string, body: unknown): Promise<DossierDetail> {
    return this.send<DossierDetail>('POST', `/office/dossiers/${id(dossierId)}/${action}`, body);
  }

  // Public
  lookup = (code: string, last4: string) => this.request<LookupResult>(withQuery('/lookup', { code, last4 }));
  verify = (verificationCode: string) => this.request<Verification>(`/verify/${id(verificationCode)}`);
  stats = (query: StatsQuery = {}) => this.request<Stats>(withQuery('/stats', query));
}

/**
 * POSTs a form with XMLHttpRequest, the one browser API that reports upload progress (fetch cannot), and
 * answers a Response so that errors read the same as every other call's. The URL is the portal's own.
 */
function sendForm(url: string, form: FormData, headers: Record<string, string>, token: string | undefined, options: UploadOptions): Promise<Response> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries({ ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) })) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    xhr.onload = () => resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers: responseHeaders(xhr) }));
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(signal?.reason ?? new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** The client bound to the visitor's session (token added while signed in) and language. */
export function useProceduresApi(): ProceduresClient {
  const { fetch, token } = useSession();
  const { language } = useLanguage();
  return useMemo(() => new ProceduresClient(fetch, language, token), [fetch, token, language]);
}
