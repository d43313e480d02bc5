import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeTicketStatus, ticketsModule } from '../events/fixtures/tickets-module.js';
import { startIdentityGateway, type IdentityTestGateway } from '../test-support/identity-gateway.js';
import { START_TIMEOUT } from '../test-support/test-gateway.js';
import { tokenFor } from '../test-support/tokens.js';

interface Page {
  items: Array<{ id: string; title: { vi: string; en: string }; body?: { vi: string; en: string }; link?: string; createdAt: string; readAt: string | null }>;
  nextCursor: string | null;
  unread: number;
}

/** The `sub` an access token carries (the gateway verified it; here we only need to address the user). */
const subOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;

describe('notifications inbox API', () => {
  let harness: IdentityTestGateway;
  let url: string;
  const users = { an: { token: '', sub: '' }, binh: { token: '', sub: '' } };

  const call = (path: string, as?: keyof typeof users, method = 'GET') =>
    fetch(`${url}${path}`, { method, headers: as ? { authorization: `Bearer ${users[as].token}` } : {} });
  const page = async (as: keyof typeof users, query = '') => {
    const res = await call(`/api/notifications${query}`, as);
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };
  const unread = async (as: keyof typeof users) => ((await (await call('/api/notifications/unread-count', as)).json()) as { unread: number }).unread;
  /** A module changes a ticket's status; the relay delivers the notification. */
  const notify = async (as: keyof typeof users, ticket: string, status = 'đã tiếp nhận') => {
    await changeTicketStatus(harness.gateway.opened.database.db, { id: ticket, ownerSub: users[as].sub, status });
    await harness.gateway.opened.relay.flush();
  };

  beforeAll(async () => {
    harness = await startIdentityGateway({ modules: [ticketsModule()] });
    url = harness.gateway.url;
    for (const [name, nationalId] of [['an', '001090000001'], ['binh', '001090000002']] as const) {
      const { accessToken } = await tokenFor(url, nationalId);
      users[name] = { token: accessToken, sub: subOf(accessToken) };
    }
    await notify('an', 'T-1', 'mới');
    await notify('an', 'T-1', 'đã tiếp nhận');
    await notify('binh', 'T-2', 'mới');
  }, START_TIMEOUT * 2);
  afterAll(() => harness?.close());

  it('answers 401 problem+json to anonymous callers on every route', async () => {
    for (const [path, method] of [
      ['/api/notifications', 'GET'],
      ['/api/notifications?limit=999', 'GET'],
      ['/api/notifications/unread-count', 'GET'],
      ['/api/notifications/1/read', 'POST'],
      ['/api/notifications/read-all', 'POST'],
    ] as const) {
      const res = await call(path, undefined, method);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('lists only the caller’s own notifications, newest first, uncached', async () => {
    const res = await call('/api/notifications', 'an');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const mine = (await res.json()) as Page;
    expect(mine.unread).toBe(2);
    expect(mine.nextCursor).toBeNull();
    expect(mine.items.map((item) => item.title.vi)).toEqual(['Phiếu T-1 chuyển sang “đã tiếp nhận”', 'Phiếu T-1 chuyển sang “mới”']);
    expect(mine.items[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      title: { vi: 'Phiếu T-1 chuyển sang “đã tiếp nhận”', en: 'Ticket T-1 is now “đã tiếp nhận”' },
      body: { vi: 'Bấm để xem chi tiết.', en: 'Tap to see the details.' },
      link: '/m/tickets/T-1',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      readAt: null,
    });
    const theirs = await page('binh');
    expect(theirs.items.map((item) => item.link)).toEqual(['/m/tickets/T-2']);
    expect(await unread('binh')).toBe(1);
  });

  it('marks one read, idempotently; someone else’s id or a made-up one is 404 and changes nothing', async () => {
    const [newest] = (await page('an')).items;
    const first = await call(`/api/notifications/${newest!.id}/read`, 'an', 'POST');
    expect(first.status).toBe(204);
    const readAt = (await page('an')).items[0]!.readAt;
    expect(readAt).not.toBeNull();
    expect((await call(`/api/notifications/${newest!.id}/read`, 'an', 'POST')).status).toBe(204);
    expect((await page('an')).items[0]!.readAt).toBe(readAt); // the first read time stays
    expect(await unread('an')).toBe(1);

    const binhsId = (await page('binh')).items[0]!.id;
    for (const id of [binhsId, '999999999', 'abc', '-1', '0']) {
      const res = await call(`/api/notifications/${id}/read`, 'an', 'POST');
      expect(res.status, id).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(await unread('binh')).toBe(1);
  });

  it('marks all the caller’s notifications read, and nobody else’s', async () => {
    await notify('an', 'T-3');
    expect(await unread('an')).toBe(2);
    expect((await call('/api/notifications/read-all', 'an', 'POST')).status).toBe(204);
    expect(await unread('an')).toBe(0);
    expect((await page('an')).items.every((item) => item.readAt !== null)).toBe(true);
    expect(await unread('binh')).toBe(1);
  });

  it('pages with a bounded size and a cursor, without gaps or repeats', async () => {
    for (let n = 1; n <= 23; n += 1) {
      await changeTicketStatus(harness.gateway.opened.database.db, { id: `B-${n}`, ownerSub: users.binh.sub, status: 'mới' });
    }
    await harness.gateway.opened.relay.flush();
    const all = 24;
    expect((await page('binh')).items).toHaveLength(20); // the default page

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page('binh', `?limit=10${cursor ? `&before=${cursor}` : ''}`);
      expect(next.items.length).toBeLessThanOrEqual(10);
      expect(next.unread).toBe(all);
      seen.push(...next.items.map((item) => item.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
  });

  it.each([
    ['limit=51', 'limit'],
    ['limit=0', 'limit'],
    ['limit=ten', 'limit'],
    ['before=abc', 'before'],
    ['before=-5', 'before'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const res = await call(`/api/notifications?${query}`, 'an');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors?: Record<string, string[]> };
    expect(Object.keys(problem.errors ?? {})).toEqual([field]);
  });
});
