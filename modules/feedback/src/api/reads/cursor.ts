import { ProblemError, decodeKeysetCursor, encodeKeysetCursor } from '@portal/module-kit';

/** Keyset cursor of report lists, ordered newest first by (submitted_at, id); the encoding is module-kit's. */
export interface ReportCursor {
  submittedAt: string;
  id: string;
}

export function encodeCursor(cursor: ReportCursor): string {
  return encodeKeysetCursor({ at: cursor.submittedAt, id: cursor.id });
}

/** 400 with errors.cursor when the cursor was not one this API handed out. */
export function decodeCursor(text: string | undefined): ReportCursor | undefined {
  const cursor = decodeKeysetCursor(text, () =>
    ProblemError.badRequest('The cursor is not valid; start again from the first page.', {
      cursor: ['Not a cursor from this list (Con trỏ trang không hợp lệ).'],
    }),
  );
  return cursor && { submittedAt: cursor.at, id: cursor.id };
}
