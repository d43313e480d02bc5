import { fileURLToPath } from 'node:url';
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { createModuleApi, defineModule, getCaller, requireAuth, requireRole, type ModuleDefinition } from '@portal/module-kit';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const Note = z.object({ id: z.number().int(), text: z.string() }).openapi('FixtureNote');
const NewNote = z.object({ text: z.string().min(1).max(200) }).openapi('FixtureNewNote');

const listNotes = createRoute({
  method: 'get',
  path: '/items',
  responses: { 200: { description: 'Notes', content: { 'application/json': { schema: z.object({ items: z.array(Note) }) } } } },
});

const addNote = createRoute({
  method: 'post',
  path: '/items',
  request: { body: { required: true, content: { 'application/json': { schema: NewNote } } } },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: Note } } } },
});

const echoHeaders = createRoute({
  method: 'get',
  path: '/whoami',
  responses: {
    200: {
      description: 'The headers the module received',
      content: { 'application/json': { schema: z.object({ authorization: z.string().nullable(), requestId: z.string().nullable() }) } },
    },
  },
});

const whoIsCalling = createRoute({
  method: 'get',
  path: '/me',
  middleware: [requireAuth()] as const,
  responses: {
    200: { description: 'The signed-in caller', content: { 'application/json': { schema: z.object({ sub: z.string(), name: z.string().nullable(), roles: z.array(z.string()) }) } } },
  },
});

const adminOnly = createRoute({
  method: 'delete',
  path: '/items',
  middleware: [requireRole('admin')] as const,
  responses: { 204: { description: 'Every note removed (admins only)' } },
});

/** A small module with a table, routes, seed data and (optionally) a built UI, standing in for a real one. */
export function notesModule(options: { distFolder?: string; audience?: ModuleDefinition['audience']; id?: string } = {}) {
  const schema = 'notes';
  return defineModule({
    id: options.id ?? 'notes',
    version: '0.1.0',
    names: { vi: 'Ghi chú', en: 'Notes' },
    descriptions: { vi: 'Mô-đun thử nghiệm', en: 'A test module' },
    icon: 'document',
    audience: options.audience ?? 'public',
    order: 20,
    api: ({ db }) => {
      const api = createModuleApi();
      api.openapi(listNotes, async (c) => {
        const result = await db.execute(sql`select id, text from notes.items order by id`);
        const items = (result as unknown as { rows: Array<{ id: number; text: string }> }).rows;
        return c.json({ items }, 200);
      });
      api.openapi(addNote, async (c) => {
        const { text } = c.req.valid('json');
        const result = await db.execute(sql`insert into notes.items (text) values (${text}) returning id, text`);
        const row = (result as unknown as { rows: Array<{ id: number; text: string }> }).rows[0]!;
        return c.json(row, 201);
      });
      api.openapi(echoHeaders, (c) =>
        c.json({ authorization: c.req.header('authorization') ?? null, requestId: c.req.header('x-request-id') ?? null }, 200),
      );
      api.openapi(whoIsCalling, (c) => {
        const caller = getCaller(c)!;
        return c.json({ sub: caller.sub, name: caller.name ?? null, roles: [...caller.roles] }, 200);
      });
      api.openapi(adminOnly, async (c) => {
        await db.execute(sql`delete from notes.items`);
        return c.body(null, 204);
      });
      return api;
    },
    db: {
      schema,
      migrationsFolder: here('./notes-migrations'),
      async seed({ db }) {
        await db.execute(sql`insert into notes.items (text) select 'Xin chào' where not exists (select 1 from notes.items)`);
      },
    },
    ...(options.distFolder ? { ui: { distFolder: options.distFolder } } : {}),
  });
}

/** A module whose second migration has a typo ("ADD COLUM"). */
export const brokenModule = defineModule({
  id: 'broken',
  version: '0.1.0',
  names: { vi: 'Hỏng', en: 'Broken' },
  icon: 'alert',
  audience: 'public',
  order: 99,
  db: { schema: 'broken', migrationsFolder: here('./broken-migrations') },
});
