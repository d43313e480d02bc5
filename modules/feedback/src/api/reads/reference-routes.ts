import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { problemContent, type ModuleContext } from '@portal/module-kit';
import {
  BoundariesQuerySchema,
  BoundariesSchema,
  CategorySchema,
  PlaceQuerySchema,
  PlaceSchema,
  UnitSchema,
} from '../../contract/schemas.js';
import { areas, categories, units } from '../../db/schema.js';
import { BOUNDARIES_CACHE, PUBLIC_CACHE, preferredLanguage } from './http.js';
import { locate, toPlace } from '../../domain/places.js';
import { outsideProvince } from '../writes/problems.js';
import { toCategory, toUnit } from './report-rows.js';

/** Reference data every screen needs: map settings, categories, units, boundaries, the place of a point. */

const MapConfigSchema = z
  .object({ tileUrl: z.string().nullable(), attribution: z.string().nullable() })
  .openapi('FeedbackMapConfig');

const mapConfigRoute = createRoute({
  method: 'get',
  path: '/map-config',
  tags: ['feedback'],
  summary: 'Base map tiles (null when none are configured: the map shows boundaries and reports only)',
  responses: { 200: { description: 'Tile URL template and attribution.', content: { 'application/json': { schema: MapConfigSchema } } } },
});

const categoriesRoute = createRoute({
  method: 'get',
  path: '/categories',
  tags: ['feedback'],
  summary: 'Report categories with their deadline in working days',
  responses: {
    200: { description: 'Active categories in display order.', content: { 'application/json': { schema: z.object({ items: z.array(CategorySchema) }) } } },
  },
});

const unitsRoute = createRoute({
  method: 'get',
  path: '/units',
  tags: ['feedback'],
  summary: 'Units that handle reports (the targets of a forward)',
  responses: {
    200: { description: 'Active units.', content: { 'application/json': { schema: z.object({ items: z.array(UnitSchema) }) } } },
  },
});

const boundariesRoute = createRoute({
  method: 'get',
  path: '/boundaries',
  tags: ['feedback'],
  summary: 'Administrative boundaries as GeoJSON (filter by level and parent)',
  request: { query: BoundariesQuerySchema },
  responses: {
    200: { description: 'A FeatureCollection.', content: { 'application/json': { schema: BoundariesSchema } } },
    400: problemContent('A query parameter is invalid; see `errors`.'),
  },
});

const placeRoute = createRoute({
  method: 'get',
  path: '/place',
  tags: ['feedback'],
  summary: 'The residential group, ward and district of a point',
  request: { query: PlaceQuerySchema },
  responses: {
    200: { description: 'Where the point is.', content: { 'application/json': { schema: PlaceSchema } } },
    400: problemContent('lat/lng missing or out of range.'),
    422: problemContent('The point is outside the province (/problems/outside-province).'),
  },
});

export function registerReferenceRoutes(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(mapConfigRoute, (c) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ tileUrl: process.env.MAP_TILE_URL || null, attribution: process.env.MAP_TILE_ATTRIBUTION || null }, 200);
  });

  api.openapi(categoriesRoute, async (c) => {
    const rows = await db
      .select()
      .from(categories)
      .where(eq(categories.active, true))
      .orderBy(asc(categories.displayOrder), asc(categories.id));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ items: rows.map(toCategory) }, 200);
  });

  api.openapi(unitsRoute, async (c) => {
    const rows = await db.select().from(units).where(eq(units.active, true)).orderBy(asc(units.nameVi));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ items: rows.map(toUnit) }, 200);
  });

  api.openapi(boundariesRoute, async (c) => {
    const { level, parent } = c.req.valid('query');
    const conditions: SQL[] = [];
    if (level) conditions.push(eq(areas.level, level));
    if (parent) conditions.push(eq(areas.parentId, parent));
    const rows = await db
      .select()
      .from(areas)
      .where(and(...conditions))
      .orderBy(asc(areas.level), asc(areas.id));
    c.header('Cache-Control', BOUNDARIES_CACHE);
    return c.json(
      {
        type: 'FeatureCollection' as const,
        features: rows.map((area) => ({
          type: 'Feature',
          id: area.id,
          geometry: area.geometry,
          properties: { id: area.id, level: area.level, parentId: area.parentId, name: { vi: area.nameVi, en: area.nameEn } },
        })),
      },
      200,
    );
  });

  api.openapi(placeRoute, async (c) => {
    const point = c.req.valid('query');
    const located = await locate(db, point);
    if (!located) throw outsideProvince(preferredLanguage(c));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(toPlace(located), 200);
  });
}
