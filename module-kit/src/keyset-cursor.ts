/**
 * Opaque keyset cursor of a list ordered by (timestamp, id): the timestamp travels as PostgreSQL's own
 * timestamptz text (microseconds kept: a JS Date would drop them and repeat or skip rows), the uuid
 * breaks ties. Each module decides which column `at` is and which problem a bad cursor answers.
 */
export interface KeysetCursor {
  at: string;
  id: string;
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** PostgreSQL's timestamptz text, e.g. '2026-11-30 03:37:48.123456+00'. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cursor in `text`, or undefined when there is none (the first page). A cursor this API did not hand
 * out throws what `invalid` makes (the module's 400 problem with errors.cursor).
 */
export function decodeKeysetCursor(text: string | undefined, invalid: () => Error): KeysetCursor | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && TIMESTAMP.test(value[0]) && typeof value[1] === 'string' && UUID.test(value[1])) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // falls through to the module's problem below
  }
  throw invalid();
}
