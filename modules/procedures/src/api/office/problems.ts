import { fieldProblem, localizedForbidden, type ProblemError } from '@portal/module-kit';
import type { Lang } from '../http.js';

/** The problems only the one-stop desk answers; the shared ones are in api/problems.ts. */

/** 403: admins read every agency's dossiers but act on none (the agency's own officers do). */
export const adminReadOnly = (lang: Lang): ProblemError =>
  localizedForbidden(
    {
      vi: 'Quản trị viên chỉ được xem hồ sơ; thao tác xử lý do cán bộ của cơ quan giải quyết thực hiện.',
      en: 'Administrators may read dossiers only; the officers of the handling agency act on them.',
    },
    lang,
  );

/** 403: the `agency` filter names an agency the officer does not work for. */
export const notYourAgency = (lang: Lang, agencyId: string): ProblemError =>
  localizedForbidden(
    {
      vi: `Bạn không thuộc Bộ phận Một cửa của cơ quan "${agencyId}".`,
      en: `You are not an officer of the one-stop desk of "${agencyId}".`,
    },
    lang,
  );

export const appointmentNotWorkingDayAhead = (lang: Lang, today: string) =>
  fieldProblem(
    'newAppointmentDate',
    {
      vi: `Ngày hẹn mới phải là một ngày làm việc sau hôm nay (${today}).`,
      en: `The new appointment must be a working day after today (${today}).`,
    },
    lang,
  );

export const unknownDocuments = (lang: Lang, ids: readonly string[]) =>
  fieldProblem(
    'documentIds',
    {
      vi: `Thủ tục này không có giấy tờ: ${ids.join(', ')}.`,
      en: `This procedure has no such documents: ${ids.join(', ')}.`,
    },
    lang,
  );

export const periodReversed = (lang: Lang) =>
  fieldProblem('from', { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must not be after the end date.' }, lang);

export const invalidCursor = (lang: Lang) =>
  fieldProblem(
    'cursor',
    { vi: 'Con trỏ trang không hợp lệ; hãy tải lại từ trang đầu.', en: 'The cursor is not valid; start again from the first page.' },
    lang,
  );
