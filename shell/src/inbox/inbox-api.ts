import type { LocalizedText } from '@portal/module-kit';
import type { Session } from '@portal/shared-ui';

/** One entry of the signed-in user's notification inbox (hộp thư thông báo). */
export interface InboxNotification {
  id: string;
  title: LocalizedText;
  body?: LocalizedText;
  /** A page of the portal to open, e.g. /m/feedback/reports/PA-2026-000123. */
  link?: string;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage {
  items: InboxNotification[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  unread: number;
}

/** Bounded by the API (1..50); 20 fills a phone screen twice. */
export const INBOX_PAGE_SIZE = 20;

export class InboxRequestFailed extends Error {
  override name = 'InboxRequestFailed';
  constructor(
    readonly path: string,
    readonly status?: number,
  ) {
    super(`${path}: ${status === undefined ? 'no answer' : `HTTP ${status}`}`);
  }
}

type Fetch = Session['fetch'];

/** GET /api/notifications: the newest page, or the page older than `before`. */
export async function fetchInboxPage(fetch: Fetch, before?: string | null): Promise<InboxPage> {
  const query = new URLSearchParams({ limit: String(INBOX_PAGE_SIZE) });
  if (before) query.set('before', before);
  const body = (await request(fetch, 'GET', `/api/notifications?${query}`)) as Partial<Record<keyof InboxPage, unknown>>;
  if (!Array.isArray(body?.items) || !isCount(body.unread)) throw new InboxRequestFailed('/api/notifications', 200);
  return {
    // A malformed entry is skipped rather than breaking the whole inbox.
    items: body.items.filter(isNotification),
    nextCursor: typeof body.nextCursor === 'string' && body.nextCursor !== '' ? body.nextCursor : null,
    unread: body.unread,
  };
}

/** GET /api/notifications/unread-count. */
export async function fetchUnreadCount(fetch: Fetch): Promise<number> {
  const body = (await request(fetch, 'GET', '/api/notifications/unread-count')) as { unread?: unknown } | null;
  if (!isCount(body?.unread)) throw new InboxRequestFailed('/api/notifications/unread-count', 200);
  return body.unread;
}

/** POST /api/notifications/{id}/read. */
export async function markNotificationRead(fetch: Fetch, id: string): Promise<void> {
  await request(fetch, 'POST', `/api/notifications/${encodeURIComponent(id)}/read`);
}

/** POST /api/notifications/read-all. */
export async function markAllNotificationsRead(fetch: Fetch): Promise<void> {
  await request(fetch, 'POST', '/api/notifications/read-all');
}

async function request(fetch: Fetch, method: 'GET' | 'POST', path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { method, headers: { Accept: 'application/json' } });
  } catch {
    throw new InboxRequestFailed(path);
  }
  if (!response.ok) throw new InboxRequestFailed(path, response.status);
  return method === 'GET' ? response.json() : undefined;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isLocalized(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null;
  return typeof text?.vi === 'string' && typeof text.en === 'string';
}

function isNotification(value: unknown): value is InboxNotification {
  const item = value as Partial<Record<keyof InboxNotification, unknown>> | null;
  return (
    typeof item?.id === 'string' &&
    isLocalized(item.title) &&
    (item.body === undefined || isLocalized(item.body)) &&
    (item.link === undefined || typeof item.link === 'string') &&
    typeof item.createdAt === 'string' &&
    !Number.isNaN(Date.parse(item.createdAt)) &&
    (item.readAt === null || typeof item.readAt === 'string')
  );
}

/**
 * The in-app path a notification's link leads to, or undefined when it would leave the portal
 * (another origin, `javascript:`…): a notification can never send the user elsewhere.
 */
export function inAppPath(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, location.origin);
    return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
