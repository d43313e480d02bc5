/*
 * Reading a module API's problem+json answers (RFC 9457), the same for every module: any non-2xx
 * answer becomes an `ApiProblem`; a request that never reached the server rejects with the browser's
 * TypeError (`isNetworkError` tells the two apart, e.g. for an offline queue).
 */

/** An RFC 9457 problem answer from the API, with its field errors ("location.lat" → messages). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: Record<string, string[]>,
    /** The whole problem body: some types carry more (findings, allowed actions). */
    readonly body: Record<string, unknown>,
    /** Seconds from a Retry-After header (429, 503). */
    readonly retryAfter: number | null = null,
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  /** 4xx other than 408/429: sending the same request again can never succeed. */
  get isPermanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

/** True when the request did not reach the server (offline, DNS, connection refused). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && error.name === 'NetworkError');
}

/** Turns any non-2xx answer into an ApiProblem (a non-problem body gets a generic type). */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML error page): keep the status only.
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiProblem(
    response.status,
    typeof body.type === 'string' ? body.type : 'about:blank',
    typeof body.title === 'string' ? body.title : `HTTP ${response.status}`,
    typeof body.detail === 'string' ? body.detail : undefined,
    isFieldErrors(body.errors) ? body.errors : {},
    body,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return !!value && typeof value === 'object' && Object.values(value).every((messages) => Array.isArray(messages));
}

/** The message to show for any failure: the problem's detail, or the given network text. */
export function problemMessage(error: unknown, networkText: string): string {
  if (error instanceof ApiProblem) return error.detail ?? error.title;
  if (isNetworkError(error)) return networkText;
  return error instanceof Error ? error.message : String(error);
}
