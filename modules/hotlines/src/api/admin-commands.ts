import { randomBytes } from 'node:crypto';
import { and, count, desc, eq, max } from 'drizzle-orm';
import { ProblemError, foldForSearch, type Caller, type Db } from '@portal/module-kit';
import type { AuditAction } from '../db/schema.js';
import { auditLog, lines, type LineRow } from '../db/schema.js';
import { toHotline, toLineRow } from '../db/rows.js';
import type { Hotline, LocalizedText } from '../contract/schemas.js';
import { dialable, type AuditEntry, type FacilityCreate, type FacilityUpdate, type ManagedFacility } from '../contract/admin-schemas.js';

/** A transaction handle; every write and its audit entry share one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function toManaged(row: LineRow): ManagedFacility {
  return { ...toHotline(row), version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export async function findManaged(db: Db, id: string): Promise<ManagedFacility | undefined> {
  const [row] = await db.select().from(lines).where(eq(lines.id, id));
  return row && toManaged(row);
}

/** Creates a local line and records it; 409 when the id is taken. */
export async function createFacility(tx: Tx, actor: Caller, input: FacilityCreate): Promise<ManagedFacility> {
  const displayOrder = input.displayOrder ?? (await nextDisplayOrder(tx));
  const line = (id: string): Hotline => ({
    id,
    scope: 'local',
    kind: input.kind,
    name: localized(input.name)!,
    number: input.number,
    tel: dialable(input.number),
    description: localized(input.description),
    unit: localized(input.unit),
    address: input.address ?? null,
    location: input.location ?? null,
    open24h: input.open24h,
    hours: localized(input.hours),
    displayOrder,
  });
  let id = input.id ?? slugFrom(input.name.vi);
  for (let attempt = 0; ; attempt += 1) {
    const [row] = await tx.insert(lines).values(toLineRow(line(id))).onConflictDoNothing().returning();
    if (row) {
      const created = toManaged(row);
      await audit(tx, actor, 'create', id, null, created);
      return created;
    }
    if (input.id || attempt >= 3) throw ProblemError.conflict(`A line with the id "${id}" already exists; choose another id.`);
    id = `${slugFrom(input.name.vi)}-${randomBytes(2).toString('hex')}`;
  }
}

/** Applies the fields sent to a local line, refusing a stale version; records before and after. */
export async function updateFacility(tx: Tx, actor: Caller, id: string, patch: FacilityUpdate): Promise<ManagedFacility> {
  const current = await lockLocalLine(tx, id, 'changed');
  if (current.version !== patch.version) {
    throw ProblemError.conflict(
      `The line "${id}" was changed by someone else since you read it (you sent version ${patch.version}, it is now ${current.version}). Reload it and apply your change again.`,
    );
  }
  const before = toManaged(current);
  const merged: Hotline = {
    ...before,
    ...(patch.kind !== undefined && { kind: patch.kind }),
    ...(patch.name !== undefined && { name: localized(patch.name)! }),
    ...(patch.number !== undefined && { number: patch.number, tel: dialable(patch.number) }),
    ...(patch.description !== undefined && { description: localized(patch.description) }),
    ...(patch.unit !== undefined && { unit: localized(patch.unit) }),
    ...(patch.address !== undefined && { address: patch.address }),
    ...(patch.location !== undefined && { location: patch.location }),
    ...(patch.open24h !== undefined && { open24h: patch.open24h }),
    ...(patch.hours !== undefined && { hours: localized(patch.hours) }),
    ...(patch.displayOrder !== undefined && { displayOrder: patch.displayOrder }),
  };
  const { id: _id, ...columns } = toLineRow(merged);
  const [row] = await tx
    .update(lines)
    .set({ ...columns, version: current.version + 1, updatedAt: new Date() })
    .where(and(eq(lines.id, id), eq(lines.version, current.version)))
    .returning();
  if (!row) throw ProblemError.conflict(`The line "${id}" was changed by someone else at the same moment; reload it and try again.`);
  const after = toManaged(row);
  await audit(tx, actor, 'update', id, before, after);
  return after;
}

/** Deletes a local line and records what it was. */
export async function deleteFacility(tx: Tx, actor: Caller, id: string): Promise<void> {
  const current = await lockLocalLine(tx, id, 'deleted');
  await tx.delete(lines).where(eq(lines.id, id));
  await audit(tx, actor, 'delete', id, toManaged(current), null);
}

export async function listAudit(
  db: Db,
  query: { page: number; pageSize: number; lineId?: string },
): Promise<{ items: AuditEntry[]; total: number }> {
  const where = query.lineId ? eq(auditLog.lineId, query.lineId) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: { sub: row.actorSub, name: row.actorName },
    action: row.action,
    lineId: row.lineId,
    before: row.before as ManagedFacility | null,
    after: row.after as ManagedFacility | null,
  }));
  return { items, total: counted?.total ?? 0 };
}

/** The row, locked for this transaction; 404 when unknown, 409 for a national emergency number. */
async function lockLocalLine(tx: Tx, id: string, verb: 'changed' | 'deleted'): Promise<LineRow> {
  const [row] = await tx.select().from(lines).where(eq(lines.id, id)).for('update');
  if (!row) throw ProblemError.notFound(`No hotline or facility has the id "${id}".`);
  if (row.scope === 'national') {
    throw ProblemError.conflict(
      `"${row.number}" is a national emergency number, valid all over Vietnam; it cannot be ${verb} here.`,
    );
  }
  return row;
}

async function audit(
  tx: Tx,
  actor: Caller,
  action: AuditAction,
  lineId: string,
  before: ManagedFacility | null,
  after: ManagedFacility | null,
): Promise<void> {
  await tx.insert(auditLog).values({ actorSub: actor.sub, actorName: actor.name ?? null, action, lineId, before, after });
}

async function nextDisplayOrder(tx: Tx): Promise<number> {
  const [row] = await tx.select({ last: max(lines.displayOrder) }).from(lines).where(eq(lines.scope, 'local'));
  return (row?.last ?? 0) + 1;
}

/** "Trạm Y tế xã Thanh Xương" → "tram-y-te-xa-thanh-xuong" (at most 80 characters). */
function slugFrom(name: string): string {
  const slug = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : `line-${randomBytes(3).toString('hex')}`;
}

function localized(value: { vi: string; en?: string | undefined } | null | undefined): LocalizedText | null {
  if (!value) return null;
  return { vi: value.vi, en: value.en ?? value.vi };
}
