import { and, count, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db, PortalEvent, Tx } from '@portal/module-kit';
import { notifications, type NotificationRow } from '../db/schema.js';
import { safeLink } from './safe-link.js';

/** Read notifications are kept this long, then purged (unread ones stay until read). */
export const READ_RETENTION_DAYS = 180;

export interface NotificationItem {
  id: string;
  title: { vi: string; en: string };
  body?: { vi: string; en: string };
  link?: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unread: number;
}

/**
 * Puts an event's notifications in their recipients' inboxes. Unique (event, recipient) makes a
 * redelivered event a no-op; a link that would leave the portal is dropped.
 */
export async function insertEventNotifications(tx: Db | Tx, event: PortalEvent): Promise<number> {
  const rows = (event.notify ?? []).map((note) => ({
    eventId: event.id,
    recipientSub: note.recipientSub,
    title: { vi: note.title.vi, en: note.title.en },
    body: note.body ? { vi: note.body.vi, en: note.body.en } : null,
    link: safeLink(note.link) ?? null,
  }));
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length;
}

/** One page of the caller's inbox, newest first; `before` is the id of the last item already shown. */
export async function listNotifications(db: Db, recipientSub: string, page: { limit: number; before?: bigint }): Promise<NotificationPage> {
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientSub, recipientSub), page.before === undefined ? undefined : lt(notifications.id, page.before)))
    .orderBy(desc(notifications.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toItem);
  const more = rows.length > page.limit;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null, unread: await countUnread(db, recipientSub) };
}

export async function countUnread(db: Db, recipientSub: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientSub, recipientSub), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks one of the caller's notifications read (keeping the first read time); false when it is not theirs. */
export async function markRead(db: Db, recipientSub: string, id: bigint): Promise<boolean> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientSub, recipientSub)))
    .returning({ id: notifications.id });
  return row !== undefined;
}

export async function markAllRead(db: Db, recipientSub: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientSub, recipientSub), isNull(notifications.readAt)));
}

/** Deletes notifications read more than READ_RETENTION_DAYS ago; returns how many. */
export async function purgeReadNotifications(db: Db): Promise<number> {
  const deleted = await db
    .delete(notifications)
    .where(lt(notifications.readAt, sql`now() - make_interval(days => ${READ_RETENTION_DAYS})`))
    .returning({ id: notifications.id });
  return deleted.length;
}

function toItem(row: NotificationRow): NotificationItem {
  return {
    id: row.id.toString(),
    title: row.title,
    ...(row.body ? { body: row.body } : {}),
    ...(row.link ? { link: row.link } : {}),
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
