import { useCursorPages } from '@portal/shared-ui/paging';
import type { ReportPage } from '../../contract/schemas.js';

/** A keyset-paginated list of reports (shared-ui's useCursorPages, typed with the report page). */
export function useReportPages(loadPage: (cursor: string | undefined) => Promise<ReportPage>, key: string) {
  return useCursorPages(loadPage, key);
}
