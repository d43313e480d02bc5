import { ProblemError } from '@portal/module-kit';

/**
 * Keyset cursor of report lists, ordered newest first by (submitted_at, id). The timestamp travels as
 * PostgreSQL's own text (microseconds included: a JS Date would drop them and repeat or skip rows).
 */
export interface ReportCursor {
  submittedAt: string;
  id: string;
}

export function encodeCursor(cursor: ReportCursor): string {
  return Buffer.from(JSON.stringify([cursor.submittedAt, cursor.id])).toString('base64url');
}

/** PostgreSQL's timestamptz text, e.g. '2026-11-30 03:37:48.123456+00'. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 400 with errors.cursor when the cursor was not one this API handed out. */
export function decodeCursor(text: string | undefined): ReportCursor | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      TIMESTAMP.test(value[0]) &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return { submittedAt: value[0], id: value[1] };
    }
  } catch {
    // falls through to the problem below
  }
  throw ProblemError.badRequest('The cursor is not valid; start again from the first page.', {
    cursor: ['Not a cursor from this list (Con trỏ trang không hợp lệ).'],
  });
}
