import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { getCaller, problemContent, ProblemError, requireAuth, type ModuleContext } from '@portal/module-kit';
import { NEARBY_RADIUS_M } from '../../contract/domain.js';
import {
  MapQuerySchema,
  NearbyQuerySchema,
  PublicFeedQuerySchema,
  ReportPageSchema,
  ReportPointsSchema,
  ReportSummarySchema,
} from '../../contract/schemas.js';
import { reportFollowers, reports } from '../../db/schema.js';
import { decodeCursor } from './cursor.js';
import { PRIVATE_CACHE, PUBLIC_CACHE } from './http.js';
import { afterCursor, openCondition, reportPage, selectReports, toSummary } from './report-rows.js';

/** Lists of reports: the public feed and map, "is this yours?" suggestions, and the caller's own reports. */

const MAP_POINTS_MAX = 2000;
const NEARBY_MAX = 20;
const EARTH_RADIUS_M = 6_371_008.8;
const METERS_PER_DEGREE_LAT = 111_320;

const nearbyRoute = createRoute({
  method: 'get',
  path: '/nearby',
  tags: ['feedback'],
  summary: `Open public reports of a category within ${NEARBY_RADIUS_M} m ("is this yours?"), nearest first`,
  middleware: [requireAuth()] as const,
  request: { query: NearbyQuerySchema },
  responses: {
    200: { description: 'Nearby reports.', content: { 'application/json': { schema: z.object({ items: z.array(ReportSummarySchema) }) } } },
    400: problemContent('A query parameter is invalid; see `errors`.'),
    401: problemContent('Sign in first.'),
  },
});

const publicFeedRoute = createRoute({
  method: 'get',
  path: '/public/reports',
  tags: ['feedback'],
  summary: 'Public reports, newest first (keyset pages)',
  request: { query: PublicFeedQuerySchema },
  responses: {
    200: { description: 'One page.', content: { 'application/json': { schema: ReportPageSchema } } },
    400: problemContent('A query parameter or the cursor is invalid; see `errors`.'),
  },
});

const publicMapRoute = createRoute({
  method: 'get',
  path: '/public/map',
  tags: ['feedback'],
  summary: `Public reports as GeoJSON points (at most ${MAP_POINTS_MAX}, newest first; truncated says when more exist)`,
  request: { query: MapQuerySchema },
  responses: {
    200: { description: 'A FeatureCollection of points.', content: { 'application/json': { schema: ReportPointsSchema } } },
    400: problemContent('A query parameter is invalid; see `errors`.'),
  },
});

const mineRoute = createRoute({
  method: 'get',
  path: '/reports/mine',
  tags: ['feedback'],
  summary: 'Reports the caller filed or follows, newest first',
  middleware: [requireAuth()] as const,
  request: { query: PublicFeedQuerySchema.pick({ limit: true, cursor: true }) },
  responses: {
    200: { description: 'One page.', content: { 'application/json': { schema: ReportPageSchema } } },
    400: problemContent('A query parameter or the cursor is invalid; see `errors`.'),
    401: problemContent('Sign in first.'),
  },
});

/** bbox "minLng,minLat,maxLng,maxLat" → numbers, 400 when the corners are the wrong way round. */
function parseBbox(text: string | undefined) {
  if (!text) return undefined;
  const [minLng, minLat, maxLng, maxLat] = text.split(',').map(Number) as [number, number, number, number];
  if (minLng > maxLng || minLat > maxLat || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || Math.abs(minLng) > 180 || Math.abs(maxLng) > 180) {
    throw ProblemError.badRequest('The bbox must be minLng,minLat,maxLng,maxLat within the map.', {
      bbox: ['Expected minLng,minLat,maxLng,maxLat with min ≤ max (Khung bản đồ không hợp lệ).'],
    });
  }
  return { minLng, minLat, maxLng, maxLat };
}

/** Great-circle distance in metres from a point to each report, in SQL. */
const distanceTo = (point: { lat: number; lng: number }) => {
  // Parameters typed explicitly: next to an integer literal PostgreSQL would guess integer.
  const lat = sql`${point.lat}::float8`;
  const lng = sql`${point.lng}::float8`;
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(sqrt(
    power(sin(radians(${reports.lat} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${reports.lat})) * power(sin(radians(${reports.lng} - ${lng}) / 2), 2))))`;
};

export function registerFeedRoutes(api: OpenAPIHono, { db }: ModuleContext): void {
  api.openapi(nearbyRoute, async (c) => {
    const { lat, lng, category } = c.req.valid('query');
    // A bounding box first (index on category, lat, lng), then the exact distance.
    const dLat = NEARBY_RADIUS_M / METERS_PER_DEGREE_LAT;
    const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    const distance = distanceTo({ lat, lng });
    const caller = getCaller(c)!;
    const rows = await selectReports(db)
      .where(
        and(
          eq(reports.isPublic, true),
          eq(reports.categoryId, category),
          openCondition,
          sql`${reports.lat} between ${lat - dLat} and ${lat + dLat}`,
          sql`${reports.lng} between ${lng - dLng} and ${lng + dLng}`,
          sql`${distance} <= ${NEARBY_RADIUS_M}`,
          // "Is this yours?" offers other people's reports to follow; one's own are in "my reports".
          ne(reports.reporterSub, caller.sub),
        ),
      )
      .orderBy(distance)
      .limit(NEARBY_MAX);
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json({ items: rows.map((row) => toSummary(row, caller)) }, 200);
  });

  api.openapi(publicFeedRoute, async (c) => {
    const query = c.req.valid('query');
    const conditions: Array<SQL | undefined> = [eq(reports.isPublic, true), afterCursor(decodeCursor(query.cursor))];
    if (query.category) conditions.push(eq(reports.categoryId, query.category));
    if (query.ward) conditions.push(eq(reports.wardId, query.ward));
    if (query.district) conditions.push(eq(reports.districtId, query.district));
    if (query.status) conditions.push(eq(reports.status, query.status));
    // The public view never depends on who asks, so it is the same answer for everyone (cacheable).
    const page = await reportPage(selectReports(db), conditions, query.limit, null);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(page, 200);
  });

  api.openapi(publicMapRoute, async (c) => {
    const query = c.req.valid('query');
    const bbox = parseBbox(query.bbox);
    const conditions: SQL[] = [eq(reports.isPublic, true)];
    if (bbox) {
      conditions.push(sql`${reports.lat} between ${bbox.minLat} and ${bbox.maxLat}`);
      conditions.push(sql`${reports.lng} between ${bbox.minLng} and ${bbox.maxLng}`);
    }
    if (query.category) conditions.push(eq(reports.categoryId, query.category));
    if (query.status) conditions.push(eq(reports.status, query.status));
    const rows = await selectReports(db)
      .where(and(...conditions))
      .orderBy(sql`${reports.submittedAt} desc`, sql`${reports.id} desc`)
      .limit(MAP_POINTS_MAX + 1);
    const features = rows.slice(0, MAP_POINTS_MAX).map((row) => {
      const summary = toSummary(row, null);
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [summary.location.lng, summary.location.lat] },
        properties: {
          code: summary.code,
          status: summary.status,
          categoryId: summary.category.id,
          title: { vi: summary.category.name.vi, en: summary.category.name.en },
          excerpt: [...summary.excerpt].slice(0, 80).join(''),
          overdue: summary.overdue,
        },
      };
    });
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ type: 'FeatureCollection' as const, features, truncated: rows.length > MAP_POINTS_MAX }, 200);
  });

  api.openapi(mineRoute, async (c) => {
    const caller = getCaller(c)!;
    const { limit, cursor } = c.req.valid('query');
    const followed = db
      .select({ id: reportFollowers.reportId })
      .from(reportFollowers)
      .where(eq(reportFollowers.followerSub, caller.sub));
    const mine = or(eq(reports.reporterSub, caller.sub), inArray(reports.id, followed));
    const page = await reportPage(selectReports(db), [mine, afterCursor(decodeCursor(cursor))], limit, caller);
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(page, 200);
  });
}
